-- One trust write at a time per destination role (ADR 017, third addendum). UpdateAssumeRolePolicy
-- replaces the whole document, so two applies that read, merge and write the same role's trust at
-- once would keep only the last writer's statement. A step holds the role's row (holder and
-- held_until, a lease: a holder that dies frees it when held_until passes) from its read to its
-- write; last_written_at tells a step whether the trust its plan read is still the one in AWS.
-- role_name is lower-case: IAM role names are unique regardless of case.

create table trust_locks (
    account_id varchar(12) not null,
    role_name varchar(64) not null,
    holder varchar(200),
    held_until timestamp with time zone,
    last_written_at timestamp with time zone,
    primary key (account_id, role_name)
);
