-- The apply's leases across instances (issue 9, ADR 013): db-scheduler's table, under our name.
-- One row per run being applied (task_name 'apply', task_instance the run id). The instance that
-- picked it (picked_by) holds the lease while it keeps last_heartbeat fresh; a row whose heartbeat is
-- older than the expiry is revived by any instance, which resumes the run from its recorded steps.
-- version is the optimistic lock: a heartbeat or a completion of an instance that lost the lease
-- matches no row. Column types are db-scheduler's, spelled so that H2 and PostgreSQL both take them.
create table apply_leases (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint       not null,
    priority             smallint,
    constraint pk_apply_leases primary key (task_name, task_instance)
);

create index apply_leases_execution_time on apply_leases (execution_time);
create index apply_leases_last_heartbeat on apply_leases (last_heartbeat);
