package io.rolewire.testsupport.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL named by TEST_PG_JDBC_URL, so a crash test never shares
 * runs with other tests; dropped on close.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String adminUrl = System.getenv("TEST_PG_JDBC_URL");
    private final String user = envOr("TEST_PG_USER", "postgres");
    private final String password = envOr("TEST_PG_PASSWORD", "");
    private final String name =
            "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public ScratchDatabase() throws SQLException {
        execute("create database " + name);
    }

    public String jdbcUrl() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The datasource arguments for {@link RolewireProcess}. */
    public List<String> properties() {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    @Override
    public void close() throws SQLException {
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String envOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }
}
