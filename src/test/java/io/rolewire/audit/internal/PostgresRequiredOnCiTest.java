package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Without Docker, only {@link PostgresDatabaseContractTest} proves the schema and the trigger on
 * PostgreSQL, and it skips silently when no database is given. On CI that silence would hide a
 * lost guarantee, so there the missing database fails.
 */
@EnabledIfEnvironmentVariable(named = "CI", matches = "true")
class PostgresRequiredOnCiTest {

    @Test
    void ciProvidesAPostgresqlForTheContractTests() {
        assertThat(System.getenv("TEST_PG_JDBC_URL"))
                .as("TEST_PG_JDBC_URL (start a throwaway cluster as in STACK.md section 6)")
                .isNotBlank();
    }
}
