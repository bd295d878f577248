-- History exports carry the region and the plan hash (issue 11, outcome 7); the task family and the
-- approver are in history_runs already (V14). Filled from the runs table once, like V14 did;
-- HistoryRunsWriter writes them from the CREATED event from now on. Portable: H2 and PostgreSQL.

alter table history_runs add column region varchar(32);
alter table history_runs add column plan_hash char(64);

update history_runs
set region = (select r.region from runs r where r.id = history_runs.id),
    plan_hash = (select r.plan_hash from runs r where r.id = history_runs.id);
