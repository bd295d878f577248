package io.rolewire.audit.internal;

import io.rolewire.audit.RoleWiring;
import io.rolewire.audit.RoleWiring.Direction;
import io.rolewire.audit.RoleWirings;
import io.rolewire.runs.RunStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two index-backed queries per question, one per side (source / destination), rather than an OR
 * across both that no single index can serve.
 */
class JdbcRoleWirings implements RoleWirings {

    private static final String AS_SOURCE = """
            select id, status, 'ASSUMES' as direction, destination_account_id as counterpart_account,
                destination_role_name as counterpart_role, created_by, created_at
            from history_runs where source_account_id = :account and source_role_name = :role""";

    private static final String AS_DESTINATION = """
            select id, status, 'ASSUMED_BY' as direction, source_account_id as counterpart_account,
                source_role_name as counterpart_role, created_by, created_at
            from history_runs where destination_account_id = :account and destination_role_name = :role""";

    // written into the accounts, whatever the verification said: the status badge tells which
    // an un-wire and a wiring an un-wire removed are not in force (ADR 018)
    private static final String APPLIED = " and status in ('APPLIED', 'VERIFIED', 'VERIFICATION_FAILED')"
            + " and undoes_run_id is null and undone_by_run_id is null";

    private final JdbcClient jdbc;

    JdbcRoleWirings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleWiring> runsTouching(String accountId, String roleName, int limit) {
        int size = Math.max(1, Math.min(500, limit));
        return newestFirst(
                        query(AS_SOURCE + " order by id desc limit :limit", accountId, roleName, size),
                        query(AS_DESTINATION + " order by id desc limit :limit", accountId, roleName, size))
                .limit(size)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleWiring> inForce(String accountId, String roleName) {
        Map<String, RoleWiring> newestPerCounterpart = new LinkedHashMap<>();
        newestFirst(
                        query(AS_SOURCE + APPLIED + " order by id desc", accountId, roleName, null),
                        query(AS_DESTINATION + APPLIED + " order by id desc", accountId, roleName, null))
                .forEach(wiring -> newestPerCounterpart.putIfAbsent(counterpartKey(wiring), wiring));
        return List.copyOf(newestPerCounterpart.values());
    }

    private static String counterpartKey(RoleWiring wiring) {
        return wiring.direction() + " " + wiring.counterpartAccountId() + " " + wiring.counterpartRoleName();
    }

    private List<RoleWiring> query(String sql, String accountId, String roleName, Integer limit) {
        var statement = jdbc.sql(sql).param("account", accountId).param("role", roleName);
        if (limit != null) {
            statement = statement.param("limit", limit);
        }
        return statement.query((rs, row) -> toWiring(rs)).list();
    }

    private static Stream<RoleWiring> newestFirst(List<RoleWiring> one, List<RoleWiring> other) {
        return Stream.concat(one.stream(), other.stream())
                .sorted(Comparator.comparingLong(RoleWiring::runId).reversed());
    }

    private static RoleWiring toWiring(ResultSet rs) throws SQLException {
        return new RoleWiring(
                rs.getLong("id"),
                RunStatus.valueOf(rs.getString("status")),
                Direction.valueOf(rs.getString("direction")),
                rs.getString("counterpart_account"),
                rs.getString("counterpart_role"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> inForceBetween(
            String sourceAccountId, String sourceRoleName, String destinationAccountId, String destinationRoleName) {
        return jdbc.sql(AS_SOURCE + APPLIED
                        + " and destination_account_id = :destinationAccount and destination_role_name = :destinationRole"
                        + " order by id desc")
                .param("account", sourceAccountId)
                .param("role", sourceRoleName)
                .param("destinationAccount", destinationAccountId)
                .param("destinationRole", destinationRoleName)
                .query((rs, row) -> rs.getLong("id"))
                .list();
    }
}
