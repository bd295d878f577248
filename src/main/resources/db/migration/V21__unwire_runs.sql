-- Un-wire (issue 12, outcome 1): a run of kind UNWIRE undoes one wiring run. The kind is derived:
-- a run with undoes_run_id is an UNWIRE of that run. undone_by_run_id is set on the wiring run when
-- its un-wire is VERIFIED: from then on it is no longer a wiring in force (drift watch, orphan sweep,
-- "where is this role wired?"). history_runs (audit's) carries both, fed by the CREATED and UNWIRED events.
alter table runs add column undoes_run_id bigint;
alter table runs add column undone_by_run_id bigint;
create index ix_runs_undoes on runs (undoes_run_id);

alter table history_runs add column undoes_run_id bigint;
alter table history_runs add column undone_by_run_id bigint;
