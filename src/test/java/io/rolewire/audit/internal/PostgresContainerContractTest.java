package io.rolewire.audit.internal;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The contract on a PostgreSQL 15 container; skipped where there is no Docker engine. */
@Testcontainers(disabledWithoutDocker = true)
class PostgresContainerContractTest extends PostgresContractTests {

    @Container
    @ServiceConnection
    static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");
}
