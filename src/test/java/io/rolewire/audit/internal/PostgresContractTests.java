package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The contract plus what only PostgreSQL can promise. */
abstract class PostgresContractTests extends DatabaseContractTests {

    @Test
    void theDatabaseIsPostgresql() {
        assertThat(jdbcTemplate.queryForObject("select version()", String.class))
                .startsWith("PostgreSQL");
    }

    /** TRUNCATE fires no row trigger; PostgreSQL gets a statement trigger for it. */
    @Test
    void theDatabaseRefusesToTruncateTheEvents() {
        long run = newRun();

        assertThatThrownBy(() -> jdbcTemplate.execute("truncate table run_events"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(eventLog.eventsOf(run)).hasSize(1);
    }
}
