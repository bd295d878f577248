-- The audit module's own table for history search and "where is this role wired?" (issue 8,
-- outcome 7): audit no longer reads the runs table. Written by HistoryRunsWriter in the same
-- transaction as the run's CREATED event and each transition's event, from the typed events.
-- The history indexes move with it; runs keeps only what the runs module itself queries by.

create table history_runs (
    id                     bigint       primary key,
    status                 varchar(32)  not null,
    workload               varchar(32)  not null,
    source_account_id      varchar(12)  not null,
    source_role_name       varchar(64)  not null,
    destination_account_id varchar(12)  not null,
    destination_role_name  varchar(64)  not null,
    task_family            varchar(255),
    created_by             varchar(128) not null,
    created_at             timestamp with time zone not null,
    approved_by            varchar(128)
);

insert into history_runs (id, status, workload, source_account_id, source_role_name, destination_account_id,
    destination_role_name, task_family, created_by, created_at, approved_by)
select id, status, workload, source_account_id, source_role_name, destination_account_id,
    destination_role_name, task_family, created_by, created_at, approved_by
from runs;

create index ix_history_runs_created_at on history_runs (created_at desc, id desc);
create index ix_history_runs_status on history_runs (status, created_at desc, id desc);
create index ix_history_runs_created_by on history_runs (created_by, created_at desc, id desc);
create index ix_history_runs_source_account on history_runs (source_account_id, created_at desc, id desc);
create index ix_history_runs_destination_account on history_runs (destination_account_id, created_at desc, id desc);
create index ix_history_runs_source_role on history_runs (source_role_name, created_at desc, id desc);
create index ix_history_runs_destination_role on history_runs (destination_role_name, created_at desc, id desc);
create index ix_history_runs_workload on history_runs (workload, created_at desc, id desc);
create index ix_history_runs_approved_by on history_runs (approved_by, created_at desc, id desc);
create index ix_history_runs_status_workload on history_runs (status, workload, created_at desc, id desc);
create index ix_history_runs_source_account_status
    on history_runs (source_account_id, status, created_at desc, id desc);
create index ix_history_runs_destination_account_status
    on history_runs (destination_account_id, status, created_at desc, id desc);
create index ix_history_runs_created_by_status on history_runs (created_by, status, created_at desc, id desc);
create index ix_history_runs_source_destination_account
    on history_runs (source_account_id, destination_account_id, created_at desc, id desc);
create index ix_history_runs_source_role_status
    on history_runs (source_role_name, status, created_at desc, id desc);
create index ix_history_runs_destination_role_status
    on history_runs (destination_role_name, status, created_at desc, id desc);

-- what only history read on runs (ix_runs_status stays: the runs module lists runs by status)
drop index ix_runs_created_at;
drop index ix_runs_created_by;
drop index ix_runs_source_account;
drop index ix_runs_destination_account;
drop index ix_runs_source_role;
drop index ix_runs_destination_role;
drop index ix_runs_workload;
drop index ix_runs_approved_by;
drop index ix_runs_status_workload;
drop index ix_runs_source_account_status;
drop index ix_runs_destination_account_status;
drop index ix_runs_created_by_status;
drop index ix_runs_source_destination_account;
drop index ix_runs_source_role_status;
drop index ix_runs_destination_role_status;
