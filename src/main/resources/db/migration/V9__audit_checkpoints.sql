-- Issue 8: signed checkpoints of the record's head (docs/adr/008-record-hashing-and-checkpoints.md).
-- tree_size events, their RFC 6962 Merkle root and the chain hash of the last one, signed with
-- Ed25519 over signed_text. A copy of each goes to a sink outside the database; this table is what
-- the console lists. Insert-only by the application.
create table audit_checkpoints (
    tree_size   bigint       not null primary key,
    root_hash   char(64)     not null,
    chain_head  char(64)     not null,
    issued_at   timestamp with time zone not null,
    key_id      varchar(16)  not null,
    signed_text text         not null,
    signature   varchar(128) not null
);
