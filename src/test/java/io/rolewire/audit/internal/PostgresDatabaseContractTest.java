package io.rolewire.audit.internal;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The contract on a PostgreSQL given by the environment (CI starts a throwaway cluster; see
 * STACK.md section 6). TEST_PG_PASSWORD may be empty for trust authentication.
 */
@EnabledIfEnvironmentVariable(named = "TEST_PG_JDBC_URL", matches = ".+")
class PostgresDatabaseContractTest extends PostgresContractTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("TEST_PG_JDBC_URL"));
        registry.add("spring.datasource.username", () -> env("TEST_PG_USER", "postgres"));
        registry.add("spring.datasource.password", () -> env("TEST_PG_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
