-- "Status + role (either side)" like "status + account (either side)" in V7: one branch per side,
-- each read in (created_at, id) order from an index that holds both equalities. With the role
-- index alone, a rare status (APPLYING is 2 % of runs) meant reading every run of a popular role
-- to find one page: p95 47-86 ms at 1,000,000 runs (docs/benchmarks.md).
create index ix_runs_source_role_status on runs (source_role_name, status, created_at desc, id desc);
create index ix_runs_destination_role_status on runs (destination_role_name, status, created_at desc, id desc);
