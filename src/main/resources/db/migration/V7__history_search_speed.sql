-- History search at 1,000,000 runs (issue 4, docs/benchmarks.md). Two changes:
--
-- 1. History is ordered by (created_at, id), and the keyset cursor is that pair. With the run id
--    alone as the order, a date range could only be served by reading every run of the range and
--    sorting it. Every history index therefore ends in (created_at desc, id desc): a filter with or
--    without a date range is one ordered index range, read from its start. The V1, V4 and V5
--    indexes that ended in id alone are rebuilt so; the task family index goes (the text filter
--    now reads run_search_terms).
--
-- 2. run_search_terms holds every prefix (1..64 characters) of each run's source role, destination
--    role and task family, once per run, with the run's created_at. A text prefix is then one
--    equality on term, read in (created_at, id) order, however many role names it matches.
--    Derived data (never edited; runs are never deleted), so no foreign key: on H2 it would add an
--    index on run_id as large as the table. The audit module writes the terms of each new run in
--    the transaction that creates it; the statement at the end fills them for existing runs.

drop index ix_runs_status;
drop index ix_runs_created_by;
drop index ix_runs_source_account;
drop index ix_runs_destination_account;
drop index ix_runs_source_role;
drop index ix_runs_destination_role;
drop index ix_runs_workload;
drop index ix_runs_task_family;
drop index ix_runs_status_workload;
drop index ix_runs_source_account_status;
drop index ix_runs_destination_account_status;
drop index ix_runs_created_by_status;
drop index ix_runs_approved_by;

-- ix_runs_created_at (created_at desc, id desc) from V1 stays: it serves "no filter" and date ranges.
create index ix_runs_status on runs (status, created_at desc, id desc);
create index ix_runs_created_by on runs (created_by, created_at desc, id desc);
create index ix_runs_source_account on runs (source_account_id, created_at desc, id desc);
create index ix_runs_destination_account on runs (destination_account_id, created_at desc, id desc);
create index ix_runs_source_role on runs (source_role_name, created_at desc, id desc);
create index ix_runs_destination_role on runs (destination_role_name, created_at desc, id desc);
create index ix_runs_workload on runs (workload, created_at desc, id desc);
create index ix_runs_approved_by on runs (approved_by, created_at desc, id desc);
create index ix_runs_status_workload on runs (status, workload, created_at desc, id desc);
create index ix_runs_source_account_status on runs (source_account_id, status, created_at desc, id desc);
create index ix_runs_destination_account_status on runs (destination_account_id, status, created_at desc, id desc);
create index ix_runs_created_by_status on runs (created_by, status, created_at desc, id desc);
create index ix_runs_source_destination_account
    on runs (source_account_id, destination_account_id, created_at desc, id desc);

create table run_search_terms (
    term       varchar(64) not null,
    created_at timestamp with time zone not null,
    run_id     bigint      not null
);

-- Not a primary key: PostgreSQL's cannot be descending, and H2 reads an index only in its own order.
create unique index ux_run_search_terms on run_search_terms (term, created_at desc, run_id desc);

-- The terms of the runs that exist already; the same terms as the application's SearchTerms.
-- k = 1..64 from two small VALUES lists (portable: no generate_series, no system_range).
insert into run_search_terms (term, created_at, run_id)
select distinct substring(v.name from 1 for n.k), v.created_at, v.run_id
from (
        select id as run_id, created_at, source_role_name as name from runs
        union all
        select id, created_at, destination_role_name from runs
        union all
        select id, created_at, task_family from runs where task_family is not null
    ) v
    join (
        select tens.t * 8 + ones.o as k
        from (values (0), (1), (2), (3), (4), (5), (6), (7)) as tens (t)
            cross join (values (1), (2), (3), (4), (5), (6), (7), (8)) as ones (o)
    ) n on n.k <= char_length(v.name);
