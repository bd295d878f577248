-- One number that moves with every token revocation, in the revocation's own transaction. An
-- instance keeps the tokens it has verified in memory while a read of this number, made a few times
-- a second, shows it unchanged; the revoking instance waits out that lease before it answers, so a
-- revoked token is refused by every instance from then on (ADR 015).
create table api_token_revision (
    id       int    not null primary key,
    revision bigint not null,
    constraint ck_api_token_revision_single_row check (id = 1)
);

insert into api_token_revision (id, revision) values (1, 0);
