package io.rolewire.web.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The embedded H2 file database with one commit at a time, so that a kill -9 cannot keep half of a
 * transaction (ADR 021).
 *
 * <p>Why: H2's MVStore writes a chunk from each map's root in turn while other sessions go on
 * writing, and a commit marks its undo log, then makes each changed row final, then clears the log.
 * A chunk written by another session while a commit is in that loop can hold some of its rows final
 * and others not, with a log that is already empty or not yet marked; after a kill -9 H2 keeps the
 * final rows and drops the others. The crash test saw it once: a run SUBMITTED without its
 * SUBMITTED event. H2 writes its chunks at commits and CHECKPOINTs (and, past several MB of unsaved
 * changes, inside a statement; no Rolewire transaction is that large), so holding one lock around
 * each commit, each implicit commit of an auto-commit statement and each CHECKPOINT means no chunk
 * is written in the middle of a commit. Other statements never take the lock: an auto-commit
 * statement runs in a transaction of its own and only its commit takes the lock, so no statement
 * can wait for a row lock while holding it.
 *
 * <p>Not wrapped: PostgreSQL, whose commits are atomic by themselves, and an in-memory H2, which has
 * nothing to recover.
 */
final class SerializedH2Commits extends DelegatingDataSource {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement", "prepareCall");
    private static final Set<String> WRITING_EXECUTIONS =
            Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final Lock commits;

    SerializedH2Commits(DataSource target, Lock commits) {
        super(target);
        this.commits = commits;
    }

    /** An H2 database in a file: the one case whose commits this must serialize. */
    static boolean needed(String jdbcUrl) {
        return jdbcUrl != null
                && jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, 8)
                && !jdbcUrl.regionMatches(true, 8, "mem:", 0, 4);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return serialized(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return serialized(super.getConnection(username, password));
    }

    private Connection serialized(Connection connection) {
        return proxy(Connection.class, connection, (proxy, method, args) -> switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "commit" -> locked(() -> invoke(connection, method, args));
            case "setAutoCommit" -> setAutoCommit(connection, method, args);
            default -> {
                Object result = invoke(connection, method, args);
                yield STATEMENT_FACTORIES.contains(method.getName())
                        ? serialized((Connection) proxy, (Statement) result, sqlOf(args))
                        : result;
            }
        });
    }

    /** Turning auto-commit on commits what is pending. */
    private Object setAutoCommit(Connection connection, Method method, Object[] args) throws Throwable {
        boolean turningOn = (Boolean) args[0] && !connection.getAutoCommit();
        return turningOn ? locked(() -> invoke(connection, method, args)) : invoke(connection, method, args);
    }

    private Statement serialized(Connection connection, Statement statement, String preparedSql) {
        Class<? extends Statement> type = statement instanceof CallableStatement
                ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return proxy(type, statement, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "getConnection":
                    return connection;
                default:
                    break;
            }
            if (!WRITING_EXECUTIONS.contains(method.getName())) {
                return invoke(statement, method, args);
            }
            String given = sqlOf(args);
            String sql = given != null ? given : preparedSql;
            if (isCheckpoint(sql)) {
                return locked(() -> invoke(statement, method, args));
            }
            return connection.getAutoCommit()
                    ? inOwnTransaction(connection, () -> invoke(statement, method, args))
                    : invoke(statement, method, args);
        });
    }

    /** What H2 would do in auto-commit mode, with the commit under the lock ({@code connection} is the proxy). */
    private static Object inOwnTransaction(Connection connection, Call execution) throws Throwable {
        connection.setAutoCommit(false);
        try {
            Object result = execution.call();
            connection.commit();
            return result;
        } catch (Throwable failure) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                failure.addSuppressed(rollbackFailed);
            }
            throw failure;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Object locked(Call call) throws Throwable {
        commits.lock();
        try {
            return call.call();
        } finally {
            commits.unlock();
        }
    }

    /** The SQL a statement was prepared with; none for {@code createStatement(...)}. */
    private static String sqlOf(Object[] args) {
        return args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
    }

    private static boolean isCheckpoint(String sql) {
        return sql != null && sql.strip().toLowerCase(Locale.ROOT).startsWith("checkpoint");
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return type.cast(
                Proxy.newProxyInstance(SerializedH2Commits.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @FunctionalInterface
    private interface Call {
        Object call() throws Throwable;
    }
}
