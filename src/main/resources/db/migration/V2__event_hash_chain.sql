-- One global hash chain over every event (docs/adr/004-event-hash-chain.md).
-- position numbers the chain 1, 2, 3... across all runs; hash = SHA-256(previous_hash + the
-- event's canonical form), previous_hash of position 1 is 64 zeros. The application computes both.
-- Assumes run_events is empty (nothing in production yet): the NOT NULL columns below make this
-- migration fail loudly on a table that already holds events instead of leaving them unchained.
alter table run_events add column position bigint not null;
alter table run_events add column previous_hash char(64) not null;
alter table run_events add column hash char(64) not null;
alter table run_events add constraint uq_run_events_position unique (position);
alter table run_events add constraint ck_run_events_position check (position >= 1);

-- Audit events (exports...) belong to no run: no run id, so no seq either.
alter table run_events alter column run_id drop not null;
alter table run_events alter column seq drop not null;
alter table run_events add constraint ck_run_events_run_seq check ((run_id is null) = (seq is null));
-- A run's events in chain order (its integrity check), and the latest audit events (run_id null).
create index ix_run_events_run_position on run_events (run_id, position);

-- The chain head lock: every append locks this one row (select ... for update) so that appends
-- take turns and each sees the previous one's position and hash. Never updated: the head itself
-- is the event with the highest position.
create table event_chain_lock (
    id int primary key,
    constraint ck_event_chain_lock_single check (id = 1)
);
insert into event_chain_lock (id) values (1);
