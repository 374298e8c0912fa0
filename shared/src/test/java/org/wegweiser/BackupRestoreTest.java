package org.wegweiser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.testing.TableDigest;
import org.wegweiser.testing.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** scripts/backup.sh and scripts/restore.sh, as docs/operations.md tells an operator to use them. */
@SpringBootTest(properties = "wegweiser.demo.enabled=true")
class BackupRestoreTest {

    private static final Path SCRIPTS = Path.of("..", "scripts");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_database_backed_up_wiped_and_restored_has_every_row_back() throws Exception {
        String database = jdbc.sql("select database()").query(String.class).single();
        Map<String, String> before = tables();
        assertThat(before).containsKeys("revision", "service", "translation", "app_user", "flyway_schema_history");
        assertThat(before.get("revision")).doesNotStartWith("0 rows");

        Path file = Files.createTempDirectory(Path.of("target"), "backup").resolve("wegweiser.sql.gz");
        run("backup.sh", database, file.toString());
        assertThat(file).isNotEmptyFile();

        jdbc.sql("set foreign_key_checks = 0").update();
        for (String table : before.keySet()) {
            jdbc.sql("drop table `" + table + "`").update();
        }
        jdbc.sql("set foreign_key_checks = 1").update();
        assertThat(tables()).isEmpty();

        run("restore.sh", database, file.toString());

        assertThat(tables()).isEqualTo(before);
    }

    private Map<String, String> tables() {
        return TableDigest.of(jdbc, Set.of());
    }

    private static void run(String script, String... arguments) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().putAll(Map.of(
                "WEGWEISER_BACKUP_HOST", TestDatabases.HOST,
                "WEGWEISER_BACKUP_PORT", TestDatabases.PORT,
                "WEGWEISER_BACKUP_USER", TestDatabases.USER,
                "WEGWEISER_BACKUP_PASSWORD", TestDatabases.PASSWORD));
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(started.exitValue()).as(script + " said: " + output).isZero();
    }
}
