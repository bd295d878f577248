-- History search at scale (issue 4). Every history query is "filters, order by id, limit n" or a
-- UNION of such branches (either-side filters), so each index ends in id: a filtered page is an
-- ordered index range read from its start, never a sort of every match. V1 has one per column;
-- these add the columns V1 lacks and the common pairs, whose rows would otherwise be filtered one
-- by one from the wider single-column range.
create index ix_runs_workload on runs (workload, id desc);
create index ix_runs_task_family on runs (task_family, id desc);
create index ix_runs_status_workload on runs (status, workload, id desc);
create index ix_runs_source_account_status on runs (source_account_id, status, id desc);
create index ix_runs_destination_account_status on runs (destination_account_id, status, id desc);
create index ix_runs_created_by_status on runs (created_by, status, id desc);
