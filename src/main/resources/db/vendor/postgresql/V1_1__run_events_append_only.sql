-- The event log is evidence: the database itself refuses to change or remove an event,
-- whatever code path (or console session) tries. SQLSTATE 23001 (restrict_violation) makes
-- Spring report it as a DataIntegrityViolationException, as on H2.
create function run_events_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'run_events is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger run_events_append_only
    before update or delete on run_events
    for each row execute function run_events_refuse_change();

-- TRUNCATE fires no row triggers, so it needs its own statement-level one.
create trigger run_events_no_truncate
    before truncate on run_events
    for each statement execute function run_events_refuse_change();
