package io.rolewire.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class StoreFailuresTest {

    @Test
    void h2ClosedFullOrReadOnlyIsUnavailable() {
        for (int code : new int[] {90098, 90100, 90097, 90028}) {
            assertThat(StoreFailures.isUnavailable(
                            new UncategorizedSQLException("insert", "sql", new SQLException("h2", "HY000", code))))
                    .as("H2 code %d", code)
                    .isTrue();
        }
    }

    @Test
    void postgresGoneFullOrReadOnlyIsUnavailable() {
        for (String state : new String[] {"08006", "57P01", "53100", "25006"}) {
            assertThat(StoreFailures.isUnavailable(new SQLException("pg", state)))
                    .as("SQLState %s", state)
                    .isTrue();
        }
    }

    @Test
    void noConnectionForATransactionIsUnavailable() {
        assertThat(StoreFailures.isUnavailable(new CannotCreateTransactionException("no connection")))
                .isTrue();
    }

    /** The rollback on the connection the pool just dropped fails too; the first failure decides. */
    @Test
    void aFailedRollbackAfterAnUnavailableStoreIsUnavailable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed");
        rollback.initApplicationException(new SQLException("The database has been closed", "90098", 90098));
        assertThat(StoreFailures.isUnavailable(rollback)).isTrue();
        assertThat(StoreFailures.isUnavailable(new TransactionSystemException("JDBC rollback failed")))
                .isFalse();
    }

    @Test
    void bugsConflictsAndBadDataAreNot() {
        assertThat(StoreFailures.isUnavailable(new IllegalStateException("bug")))
                .isFalse();
        assertThat(StoreFailures.isUnavailable(new OptimisticLockingFailureException("conflict")))
                .isFalse();
        assertThat(StoreFailures.isUnavailable(new DuplicateKeyException("duplicate")))
                .isFalse();
        assertThat(StoreFailures.isUnavailable(new SQLException("syntax", "42601", 0)))
                .isFalse();
    }
}
