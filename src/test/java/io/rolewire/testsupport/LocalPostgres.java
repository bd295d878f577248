package io.rolewire.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The throwaway PostgreSQL that scripts/pg-start.sh starts and describes in TEST_PG_* variables. */
public final class LocalPostgres {

    private LocalPostgres() {}

    public static boolean configured() {
        String url = System.getenv("TEST_PG_JDBC_URL");
        return url != null && !url.isBlank();
    }

    /** Points the Spring context at it; fails clearly when it is missing (CI=true without PG). */
    public static void register(DynamicPropertyRegistry registry) {
        if (!configured()) {
            throw new IllegalStateException(
                    "TEST_PG_JDBC_URL is not set: start one with eval \"$(bash scripts/pg-start.sh)\"");
        }
        registry.add("spring.datasource.url", () -> System.getenv("TEST_PG_JDBC_URL"));
        registry.add("spring.datasource.username", () -> envOr("TEST_PG_USER", "postgres"));
        registry.add("spring.datasource.password", () -> envOr("TEST_PG_PASSWORD", ""));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
