-- The event log is evidence: the database itself refuses to change or remove an event.
-- H2 triggers are Java classes; this one only ever throws.
create trigger run_events_append_only
    before update, delete on run_events
    for each row call 'io.rolewire.audit.internal.AppendOnlyTrigger';
