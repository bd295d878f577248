package io.rolewire.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only guarantee on {@code run_events} (PostgreSQL has a plpgsql trigger):
 * registered BEFORE UPDATE, DELETE, it refuses every such row change. Public with a no-argument
 * constructor because H2 instantiates it by name.
 */
public class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE restrict_violation, the same code the PostgreSQL trigger raises. */
    static final String RESTRICT_VIOLATION = "23001";

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        // H2 passes no new row for a DELETE.
        String refused = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("run_events is append-only: " + refused + " refused", RESTRICT_VIOLATION);
    }
}
