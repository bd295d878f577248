-- The event log stays append-only, with one exception: sealing. An unsealed row (position,
-- previous_hash and hash null) may get those three once, and nothing else may change with them.
-- Sealed rows, deletes and truncates are refused as before.
create or replace function run_events_refuse_change() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE'
        and old.position is null and old.previous_hash is null and old.hash is null
        and new.position is not null and new.previous_hash is not null and new.hash is not null
        and (new.id, new.run_id, new.seq, new.type, new.actor, new.occurred_at, new.detail, new.hash_scheme)
            is not distinct from
            (old.id, old.run_id, old.seq, old.type, old.actor, old.occurred_at, old.detail, old.hash_scheme)
    then
        return new;
    end if;
    raise exception 'run_events is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end;
$$;
