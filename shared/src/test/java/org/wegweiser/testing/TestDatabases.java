package org.wegweiser.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Each test context gets its own empty MariaDB database on the server that .ci/run starts,
 * so every test sees the real Flyway migrations applied from scratch.
 */
public final class TestDatabases {

    public static final String HOST = env("WEGWEISER_TEST_DB_HOST", "127.0.0.1");
    public static final String PORT = env("WEGWEISER_TEST_DB_PORT", "3306");
    public static final String USER = env("WEGWEISER_TEST_DB_USER", "wegweiser_test");
    public static final String PASSWORD = env("WEGWEISER_TEST_DB_PASSWORD", "wegweiser_test");

    private TestDatabases() {
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public static String create() {
        String name = "wwtest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on MariaDB at " + serverUrl()
                    + " as " + USER + ". Start it with .ci/run (or see README, Run the tests).", e);
        }
        return serverUrl() + name;
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = create();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    private static String serverUrl() {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
