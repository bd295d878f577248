package io.rolewire.web.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After migrations, before any request: on H2, every identity column restarts above the highest id
 * stored. H2 can come back from a kill -9 with a row written but its identity's counter not, and the
 * next insert then fails on a duplicate key (seen in the crash soak: a 500 on a create after a restart).
 * A counter that is ahead (the normal case) is left as it is, so ids are never reused. PostgreSQL is left alone.
 */
final class H2IdentityRealignment implements Callback {

    private static final Logger log = LoggerFactory.getLogger(H2IdentityRealignment.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            for (String[] column : identityColumns(connection)) {
                realign(connection, column[0], column[1], Long.parseLong(column[2]));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot realign H2's identity columns", e);
        }
    }

    private static List<String[]> identityColumns(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select table_name, column_name, identity_base from information_schema.columns"
                                + " where is_identity = 'YES' and table_schema = current_schema")) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return columns;
    }

    private static void realign(Connection connection, String table, String column, long nextValue)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long next;
            try (var max =
                    statement.executeQuery("select coalesce(max(\"" + column + "\"), 0) + 1 from \"" + table + "\"")) {
                max.next();
                next = max.getLong(1);
            }
            if (next > nextValue) {
                statement.execute("alter table \"" + table + "\" alter column \"" + column + "\" restart with " + next);
                log.warn(
                        "{}.{} would have reused id {} after a crash; it continues at {}",
                        table,
                        column,
                        nextValue,
                        next);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "h2-identity-realignment";
    }
}
