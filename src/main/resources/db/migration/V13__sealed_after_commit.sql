-- Issue 8, outcome 4: events are sealed into the global chain after they commit, not while the
-- appending request waits (docs/adr/008-record-hashing-and-checkpoints.md, "Sealing").
--
-- An append inserts its event with position, previous_hash and hash all null, in the request's
-- own transaction: nothing every request waits on. The sealer then gives committed events their
-- position and links, in batches, under the chain lock row. A row is either unsealed (all three
-- null) or sealed (all three set); the vendor triggers (V13_1) allow exactly that one change.
alter table run_events alter column position drop not null;
alter table run_events alter column previous_hash drop not null;
alter table run_events alter column hash drop not null;
alter table run_events add constraint ck_run_events_sealed
    check ((position is null) = (hash is null) and (hash is null) = (previous_hash is null));
