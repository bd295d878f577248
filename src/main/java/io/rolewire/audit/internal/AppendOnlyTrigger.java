package io.rolewire.audit.internal;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only guarantee on {@code run_events} (PostgreSQL has a plpgsql trigger):
 * registered BEFORE UPDATE, DELETE, it refuses every row change but one, sealing: an unsealed row
 * (position, previous_hash and hash null) may get those three once, every other column unchanged.
 * Public with a no-argument constructor because H2 instantiates it by name.
 */
public class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE restrict_violation, the same code the PostgreSQL trigger raises. */
    static final String RESTRICT_VIOLATION = "23001";

    private static final List<String> SEAL = List.of("POSITION", "PREVIOUS_HASH", "HASH");

    private String schemaName;
    private int columnCount = -1;
    private final List<Integer> sealColumns = new ArrayList<>();
    private final List<Integer> contentColumns = new ArrayList<>();

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.schemaName = schemaName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        // H2 passes no new row for a DELETE.
        if (newRow != null && isSealing(conn, oldRow, newRow)) {
            return;
        }
        String refused = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("run_events is append-only: " + refused + " refused", RESTRICT_VIOLATION);
    }

    private boolean isSealing(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow.length != columnCount) {
            readColumns(conn, oldRow.length);
        }
        if (sealColumns.size() != SEAL.size()) {
            return false;
        }
        for (int i : sealColumns) {
            if (oldRow[i] != null || newRow[i] == null) {
                return false;
            }
        }
        for (int i : contentColumns) {
            if (!Objects.equals(comparable(oldRow[i]), comparable(newRow[i]))) {
                return false;
            }
        }
        return true;
    }

    /** H2 hands text columns over as Clobs, which compare by identity: compare their text. */
    private static Object comparable(Object value) throws SQLException {
        return value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value;
    }

    /** Which columns are the seal: read when the row shape is new (the trigger predates later columns). */
    private void readColumns(Connection conn, int rowLength) throws SQLException {
        sealColumns.clear();
        contentColumns.clear();
        // By the table's own name: H2 may have initialised the trigger on a copy made by an ALTER.
        try (var query = conn.prepareStatement("select column_name, ordinal_position from information_schema.columns"
                + " where lower(table_schema) = lower(?) and lower(table_name) = 'run_events'")) {
            query.setString(1, schemaName);
            try (var columns = query.executeQuery()) {
                while (columns.next()) {
                    int index = columns.getInt(2) - 1;
                    String name = columns.getString(1).toUpperCase(java.util.Locale.ROOT);
                    (SEAL.contains(name) ? sealColumns : contentColumns).add(index);
                }
            }
        }
        columnCount = rowLength;
    }
}
