package org.wegweiser;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.wegweiser.testing.TestDatabases;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * kiosk-ui's database user (created by .ci/run, as compose's init script does) may read what
 * the public side shows and write scan counts, and nothing else.
 */
class PublicDatabaseUserTest {

    static final String PUBLIC_USER = System.getenv().getOrDefault("WEGWEISER_TEST_PUBLIC_DB_USER", "wwtest_public");
    static final String PUBLIC_PASSWORD = System.getenv().getOrDefault("WEGWEISER_TEST_PUBLIC_DB_PASSWORD", "wwtest_public");

    @Test
    void the_public_user_reads_revisions_and_writes_scan_counts_heartbeats_and_pairing_requests_but_cannot_see_drafts_or_users() throws SQLException {
        String url = TestDatabases.create();
        Flyway.configure()
                .dataSource(url, TestDatabases.USER, TestDatabases.PASSWORD)
                .locations("classpath:db/migration", "classpath:db/grants")
                .placeholders(Map.of("public_user", PUBLIC_USER, "public_host", "%"))
                .load().migrate();
        try (var admin = DriverManager.getConnection(url, TestDatabases.USER, TestDatabases.PASSWORD);
             var statement = admin.createStatement()) {
            statement.execute("insert into poster (code, target_type, paper_format, bleed, viewing_distance_m,"
                    + " created_at, created_by) values ('K7QX', 'HOME', 'A4', false, 2, now(), 'test')");
            statement.execute("insert into kiosk (name, site_key, idle_seconds, revoked, credential_hash)"
                    + " values ('Foyer', 'rathaus', 60, false, 'abc')");
        }

        try (var kiosk = DriverManager.getConnection(url, PUBLIC_USER, PUBLIC_PASSWORD);
             var statement = kiosk.createStatement()) {
            assertThat(statement.executeQuery("select count(*) from revision").next()).isTrue();
            statement.executeUpdate("insert into scan_count (poster_id, scan_day, scans)"
                    + " select id, current_date, 1 from poster where code = 'K7QX'");
            statement.executeUpdate("insert into kiosk_pairing (code, secret_hash, requested_at) values ('ABC234', 'h', now())");
            statement.executeUpdate("update kiosk set last_heartbeat_at = now(), screen_size = '1080x1920'");
            assertThatThrownBy(() -> statement.executeUpdate("update kiosk set revoked = false, credential_hash = 'mine'"))
                    .as("a kiosk cannot pair or unrevoke itself").hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("update kiosk_pairing set kiosk_id = 1"))
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeQuery("select password_hash from app_user"))
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeQuery("select body from translation"))
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("delete from revision"))
                    .hasMessageContaining("denied");
            // Content and posters cannot be changed from the public side: no fake publication, no retargeted poster.
            for (String write : java.util.List.of(
                    "update revision set published_by = 'attacker'",
                    "insert into revision (number) values (999)",
                    "update poster set target_type = 'HOME', target_key = null",
                    "insert into poster (code, target_type, paper_format, bleed, viewing_distance_m, created_at, created_by)"
                            + " values ('EV1L', 'HOME', 'A4', false, 2, now(), 'attacker')",
                    "delete from poster",
                    "delete from scan_count",
                    "update asset set data = null",
                    "update translation set body = 'x'",
                    "insert into app_user (username) values ('attacker')",
                    "drop table revision",
                    "create table junk (id int)")) {
                assertThatThrownBy(() -> statement.executeUpdate(write)).as(write).hasMessageContaining("denied");
            }
        }
    }
}
