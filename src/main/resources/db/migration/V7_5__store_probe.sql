-- One row that the readiness probe (web.store.StoreHealthIndicator) really writes and commits,
-- so an unwritable database (disk full, read-only, gone) shows as DOWN, not only an unreachable one.
create table store_probe (
    id integer primary key,
    probed_at timestamp with time zone not null
);
insert into store_probe (id, probed_at) values (1, current_timestamp);
