package io.rolewire.testsupport;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The throwaway PostgreSQL that scripts/pg-start.sh starts and describes in TEST_PG_* variables. */
public final class LocalPostgres {

    private LocalPostgres() {}

    public static boolean configured() {
        String url = System.getenv("TEST_PG_JDBC_URL");
        return url != null && !url.isBlank();
    }

    /**
     * Points the Spring context at it, in a schema of its own (as each H2 test context has a
     * database of its own): a check over the whole record then sees only what this context wrote.
     * Fails clearly when it is missing (CI=true without PG).
     */
    public static void register(DynamicPropertyRegistry registry) {
        if (!configured()) {
            throw new IllegalStateException(
                    "TEST_PG_JDBC_URL is not set: start one with eval \"$(bash scripts/pg-start.sh)\"");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = System.getenv("TEST_PG_JDBC_URL");
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("spring.datasource.username", () -> envOr("TEST_PG_USER", "postgres"));
        registry.add("spring.datasource.password", () -> envOr("TEST_PG_PASSWORD", ""));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
