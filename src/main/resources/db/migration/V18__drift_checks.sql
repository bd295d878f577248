-- The drift watch (issue 12): when each wired run was last checked against its accounts, and, while
-- it has drifted, since when and what differs. One row per run checked at least once; the watch
-- picks the runs checked longest ago (never checked first), so checks spread over the interval.
create table drift_checks (
    run_id         bigint                   not null,
    checked_at     timestamp with time zone not null,
    drifted_since  timestamp with time zone,
    changes        varchar(4000),
    constraint pk_drift_checks primary key (run_id),
    constraint fk_drift_checks_run foreign key (run_id) references runs (id)
);

create index drift_checks_checked_at on drift_checks (checked_at);
