-- The end of a wiring's access (issue 12, ADR 019). access_until copies the stored input's
-- accessUntil (input_json stays the record; this column is for finding runs whose access ends
-- soon without reading every input). unwire_approved_in_advance: the admin who approved the run
-- also approved the un-wire at that end, so the scheduler may create it already approved.

alter table runs add column access_until timestamp with time zone;
alter table runs add column unwire_approved_in_advance boolean default false not null;
create index ix_runs_access_until on runs (access_until);
