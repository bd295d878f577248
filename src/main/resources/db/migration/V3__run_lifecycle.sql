-- The approval workflow (issue 3): who submitted, approved, rejected or cancelled a run, and when.
-- The approval is bound to the plan hash the approver saw. One column per statement: portable
-- between H2 (MODE=PostgreSQL) and PostgreSQL. runs.version (V1) is the optimistic lock.

alter table runs add column submitted_by varchar(128);
alter table runs add column submitted_at timestamp with time zone;
alter table runs add column approved_by varchar(128);
alter table runs add column approved_at timestamp with time zone;
alter table runs add column approved_plan_hash char(64);
alter table runs add column rejected_by varchar(128);
alter table runs add column rejected_at timestamp with time zone;
alter table runs add column rejection_reason varchar(1000);
alter table runs add column cancelled_by varchar(128);
alter table runs add column cancelled_at timestamp with time zone;

-- Four eyes in the database too: an approval by the requester is never stored.
alter table runs add constraint ck_runs_four_eyes check (approved_by is null or approved_by <> created_by);
