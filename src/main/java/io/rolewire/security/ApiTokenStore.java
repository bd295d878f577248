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

/** The api_tokens table (V12). Lookups by hash use its unique index. */
@Repository
class ApiTokenStore {

    private static final String COLUMNS = "id, username, name, roles, created_at, expires_at, last_used_at, revoked_at";

    /** A token with the user it belongs to. */
    record Owned(String username, ApiToken token) {}

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

    /** Only the owner's own, not yet revoked token; false otherwise. */
    boolean revoke(String username, long id, Instant at) {
        return jdbc.sql("update api_tokens set revoked_at = ? where id = ? and username = ? and revoked_at is null")
                        .params(utc(at), id, username)
                        .update()
                > 0;
    }

    Optional<ApiToken> ofUser(String username, long id) {
        return jdbc.sql("select " + COLUMNS + " from api_tokens where id = ? and username = ?")
                .params(id, username)
                .query((rs, n) -> token(rs))
                .optional();
    }

    /** Conditional, so concurrent requests of one token still write once per interval. */
    void touch(long id, Instant at, Instant unlessUsedAfter) {
        jdbc.sql("update api_tokens set last_used_at = ? where id = ?"
                        + " and (last_used_at is null or last_used_at < ?)")
                .params(utc(at), id, utc(unlessUsedAfter))
                .update();
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
