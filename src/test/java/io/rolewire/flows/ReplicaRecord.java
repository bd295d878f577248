package io.rolewire.flows;

import io.rolewire.testsupport.crash.ScratchDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the instances share, read straight from their PostgreSQL: leases, steps, statuses, events. */
final class ReplicaRecord implements AutoCloseable {

    /** Leases held mid-apply: picked, with at least one step in place and one not yet. */
    private static final String MID_APPLY = "select l.picked_by, count(*) from apply_leases l"
            + " where l.task_name = 'apply' and l.picked"
            + " and exists (select 1 from apply_steps s where cast(s.run_id as varchar(100)) = l.task_instance"
            + " and s.outcome in ('DONE', 'SKIPPED'))"
            + " and exists (select 1 from apply_steps s where cast(s.run_id as varchar(100)) = l.task_instance"
            + " and s.outcome in ('PENDING', 'RUNNING'))"
            + " group by l.picked_by";

    private final Connection connection;

    ReplicaRecord(ScratchDatabase database) throws SQLException {
        this.connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /** The instance that holds two or more applies mid-way, if one does now. */
    Optional<String> holderOfTwoMidApply() throws SQLException {
        return midApply().entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    int midApplyHeldBy(String instance) throws SQLException {
        return midApply().getOrDefault(instance, 0);
    }

    Map<Long, String> statuses(Collection<Long> runs) throws SQLException {
        Map<Long, String> statuses = new LinkedHashMap<>();
        for (long run : runs) {
            try (PreparedStatement query = connection.prepareStatement("select status from runs where id = ?")) {
                query.setLong(1, run);
                try (ResultSet rs = query.executeQuery()) {
                    statuses.put(run, rs.next() ? rs.getString(1) : "MISSING");
                }
            }
        }
        return statuses;
    }

    /** Runs resumed by another instance, by reason (LEASE_EXPIRED, HANDED_OVER). */
    Map<String, Integer> resumed(Collection<Long> runs) throws SQLException {
        Map<String, Integer> resumed = new LinkedHashMap<>();
        String sql = "select detail from run_events where type = 'APPLY_RESUMED' and run_id = ?";
        for (long run : runs) {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, run);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String reason = rs.getString(1).contains("HANDED_OVER") ? "HANDED_OVER" : "LEASE_EXPIRED";
                        resumed.merge(reason, 1, Integer::sum);
                    }
                }
            }
        }
        return resumed;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private Map<String, Integer> midApply() throws SQLException {
        Map<String, Integer> held = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(MID_APPLY);
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                held.put(rs.getString(1), rs.getInt(2));
            }
        }
        return held;
    }
}
