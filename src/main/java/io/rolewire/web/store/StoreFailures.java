package io.rolewire.web.store;

import java.sql.SQLException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures mean "the database cannot be written right now" (gone, full, read-only, closed)
 * rather than a bug: those are a 503, and the connection that met them is not reused.
 */
final class StoreFailures {

    /**
     * H2's codes for a closed, read-only or failing store: database closed (90098), I/O (90028,
     * 90031), no disk space (90100), read-only (90097), shut down (90121), file corrupted (90030),
     * connection broken (90067), cannot open (8000).
     */
    private static final Set<Integer> H2_CODES = Set.of(90098, 90028, 90031, 90100, 90097, 90121, 90030, 90067, 8000);

    /**
     * SQLState classes: 08 connection exception, 53 insufficient resources (PostgreSQL's disk full
     * is 53100), 57P0x the server shutting down, 25006 a read-only transaction.
     */
    private static boolean unavailableState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.startsWith("53")
                        || state.startsWith("57P0")
                        || state.equals("25006"));
    }

    private StoreFailures() {}

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (unavailable(cause)) {
                return true;
            }
            // a rollback that failed on the connection the pool just dropped hides the real failure
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && isUnavailable(rollback.getApplicationException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** This SQLException itself says the store is unusable (the pool then drops its connection). */
    static boolean isUnavailable(SQLException failure) {
        return H2_CODES.contains(failure.getErrorCode()) || unavailableState(failure.getSQLState());
    }

    private static boolean unavailable(Throwable cause) {
        if (cause instanceof OptimisticLockingFailureException) {
            return false; // a conflict between two writers, answered elsewhere as 409
        }
        return cause instanceof CannotGetJdbcConnectionException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessException
                || (cause instanceof SQLException sql && isUnavailable(sql))
                || cause.getClass().getName().equals("org.h2.mvstore.MVStoreException");
    }
}
