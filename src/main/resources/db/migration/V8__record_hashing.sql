-- Issue 8: the record covers exact stored bytes, and audit keeps its own per-run sequence.
--
-- hash_scheme: 1 for events chained before this migration (their detail was hashed in a parsed
-- form), 2 for every later event (the detail hashed as the exact text stored; see ChainHasher and
-- docs/adr/008-record-hashing-and-checkpoints.md). Adding a column with a default fires no row
-- trigger, so the append-only triggers stay as they are.
alter table run_events add column hash_scheme smallint default 1 not null;

-- Each run's last event number, so an append numbers its event under a lock on audit's own row
-- instead of locking the run's row in the runs module's table.
create table run_event_heads (
    run_id   bigint not null primary key,
    last_seq int    not null
);
insert into run_event_heads (run_id, last_seq)
select run_id, max(seq) from run_events where run_id is not null group by run_id;
