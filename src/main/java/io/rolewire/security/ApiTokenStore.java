package io.rolewire.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The api_tokens table (V12) and the revision of its revocations (V20). Lookups by hash use its
 * unique index.
 */
@Repository
class ApiTokenStore {

    private static final String COLUMNS = "id, username, name, roles, created_at, expires_at, last_used_at, revoked_at";

    /** A token with the user it belongs to. */
    record Owned(String username, ApiToken token) {

        Owned lastUsedAt(Instant at) {
            ApiToken t = token;
            return new Owned(
                    username,
                    new ApiToken(t.id(), t.name(), t.roles(), t.createdAt(), t.expiresAt(), at, t.revokedAt()));
        }
    }

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String name, String hash, Set<Role> roles, Instant created, Instant expires) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into api_tokens (username, name, token_hash, roles, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(username, name, hash, joined(roles), utc(created), utc(expires))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    List<ApiToken> ofUser(String username) {
        return jdbc.sql("select " + COLUMNS + " from api_tokens where username = ? order by created_at desc, id desc")
                .param(username)
                .query((rs, n) -> token(rs))
                .list();
    }

    Optional<Owned> byHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from api_tokens where token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Owned(rs.getString("username"), token(rs)))
                .optional();
    }

    /**
     * Only the owner's own, not yet revoked token; false otherwise. A revocation moves the revision
     * in the same transaction, so no instance can see one without the other.
     */
    @Transactional
    boolean revoke(String username, long id, Instant at) {
        boolean revoked =
                jdbc.sql("update api_tokens set revoked_at = ? where id = ? and username = ? and revoked_at is null")
                                .params(utc(at), id, username)
                                .update()
                        > 0;
        if (revoked) {
            jdbc.sql("update api_token_revision set revision = revision + 1 where id = 1")
                    .update();
        }
        return revoked;
    }

    /** Moves with every revocation (V20); read a few times a second by each instance. */
    long revision() {
        return jdbc.sql("select revision from api_token_revision where id = 1")
                .query(Long.class)
                .single();
    }

    Optional<ApiToken> ofUser(String username, long id) {
        return jdbc.sql("select " + COLUMNS + " from api_tokens where id = ? and username = ?")
                .params(id, username)
                .query((rs, n) -> token(rs))
                .optional();
    }

    /**
     * Conditional, so concurrent requests of one token, on any instance, still write once per
     * interval; false when another request wrote a recent enough time first.
     */
    boolean touch(long id, Instant at, Instant unlessUsedAfter) {
        return jdbc.sql("update api_tokens set last_used_at = ? where id = ?"
                                + " and (last_used_at is null or last_used_at < ?)")
                        .params(utc(at), id, utc(unlessUsedAfter))
                        .update()
                > 0;
    }

    /** The last use as stored; empty when never used or when there is no such token. */
    Optional<Instant> lastUsedAt(long id) {
        return jdbc.sql("select last_used_at from api_tokens where id = ?")
                .param(id)
                .query((rs, n) -> Optional.ofNullable(instant(rs, "last_used_at")))
                .optional()
                .flatMap(stored -> stored);
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("name"),
                roles(rs.getString("roles")),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String joined(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String joined) {
        return joined.isEmpty()
                ? Set.of()
                : Arrays.stream(joined.split(",")).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
