package io.rolewire.audit.internal;

import io.rolewire.testsupport.LocalPostgres;
import io.rolewire.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search terms on the PostgreSQL of scripts/pg-start.sh; fails without it under CI=true. */
@RequiresPostgres
class PostgresSearchTermsTest extends SearchTermsContractTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry);
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
