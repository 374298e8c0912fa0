package org.wegweiser.kiosk;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.Browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * kiosk-ui started while its database is down (nothing listens on its port) serves the kiosk
 * and the phone pages from the published snapshot it kept on disk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.enabled=false",
        "spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect",
        "spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false",
        "spring.datasource.hikari.connection-timeout=1000"})
class KioskWithoutDatabaseTest {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    static final Path SNAPSHOT;

    static {
        try {
            SNAPSHOT = Files.createTempFile("wegweiser-snapshot", ".txt");
            Files.writeString(SNAPSHOT, "7\t2026-11-20T08:00:00Z\teditor\n"
                    + new String(DemoContent.musterstadt(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void snapshotOnDisk(DynamicPropertyRegistry registry) {
        registry.add("wegweiser.snapshot.file", SNAPSHOT::toString);
        // Nothing listens on port 9: the database is down for the whole test.
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:9/wegweiser");
        registry.add("spring.datasource.username", () -> "nobody");
    }

    @Test
    void the_kiosk_and_the_phone_pages_work_from_the_snapshot_on_disk() throws Exception {
        var demo = ContentPackageCodec.read(DemoContent.musterstadt());
        try (var browser = new Browser()) {
        var page = browser.page(Browser.Screen.KIOSK_PORTRAIT, "de-DE");
        // A kiosk paired before the database went down: its credential cannot be checked, so it
        // works with the configured settings.
        page.context().addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie(
                KioskFleet.CREDENTIAL_COOKIE, "secret-of-a-kiosk-paired-earlier").setDomain("localhost").setPath("/")));
        page.navigate(url("/kiosk/ar"));
        assertThat(page.locator(".kiosk-tile-title").first()).hasText(demo.topics().getFirst().title().texts().get("ar"));
        page.navigate(url("/s/reisepass?lang=uk"));
        assertThat(page.locator("h1")).containsText(demo.services().stream()
                .filter(s -> s.key().equals("reisepass")).findFirst().orElseThrow().title().texts().get("uk"));
        page.context().close();
        }

        var scan = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url("/q/abc234"))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(scan.statusCode()).as("a scan without the database still leads somewhere").isEqualTo(302);
    }
}
