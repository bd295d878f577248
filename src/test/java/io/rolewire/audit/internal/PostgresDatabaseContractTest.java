package io.rolewire.audit.internal;

import io.rolewire.testsupport.LocalPostgres;
import io.rolewire.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The contract on the PostgreSQL that .ci/run starts (scripts/pg-start.sh); skips without it on a
 * developer machine, fails under CI=true.
 */
@RequiresPostgres
class PostgresDatabaseContractTest extends PostgresContractTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry);
    }
}
