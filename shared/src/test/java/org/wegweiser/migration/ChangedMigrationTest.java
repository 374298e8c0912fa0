package org.wegweiser.migration;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.wegweiser.SharedTestApplication;
import org.wegweiser.testing.TestDatabases;

import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangedMigrationTest {

    @Test
    void a_migration_changed_after_it_was_applied_stops_the_start_with_a_clear_message() throws Exception {
        String url = TestDatabases.create();
        start(url).close();

        // What an edited V2 file looks like to Flyway: its checksum no longer matches the history.
        try (var connection = DriverManager.getConnection(url, TestDatabases.USER, TestDatabases.PASSWORD);
             var statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update flyway_schema_history set checksum = checksum + 1 where version = '2'"))
                    .isEqualTo(1);
        }

        assertThatThrownBy(() -> start(url).close()).satisfies(failure -> {
            Throwable cause = failure;
            while (cause != null && !(cause instanceof FlywayValidateException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("the start failed because Flyway's validation failed").isNotNull();
            FailureAnalysis analysis = new ChangedMigrationFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).contains("a database migration was changed")
                    .containsIgnoringCase("checksum mismatch").contains("2");
            assertThat(analysis.getAction()).contains("add a new migration");
        });
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(SharedTestApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabases.USER,
                "--spring.datasource.password=" + TestDatabases.PASSWORD);
    }
}
