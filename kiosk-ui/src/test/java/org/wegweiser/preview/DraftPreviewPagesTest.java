package org.wegweiser.preview;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.testing.TestDatabases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wegweiser.demo.enabled=true", "wegweiser.admin-ui.url=http://admin.example:8081/"})
class DraftPreviewPagesTest extends BrowserTest {

    static final String SERVICE = "wohnsitz-anmelden";
    static final String DRAFT_AR = "تسجيل محل السكن الجديد";
    static final String DRAFT_DE = "Wohnsitz anmelden oder ummelden";

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @org.springframework.context.annotation.Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** The domain's clock, moved on by the test to let a preview expire. */
    static class TestClock extends Clock {
        volatile Duration ahead = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ahead);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    @Autowired
    DraftPreviews previews;
    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishedContent published;
    @Autowired
    TestClock clock;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    private final HttpClient http = HttpClient.newHttpClient();

    private String storeChangedTitle() {
        var draft = packages.draft().withService(SERVICE, s -> s.withTitle(s.title().with("ar", DRAFT_AR).with("de", DRAFT_DE)));
        return previews.store(draft);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertPreviewHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
        assertThat(response.headers().firstValue("x-robots-tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
        // framed by admin-ui only; the phone preview, like the phone pages, allows no script
        assertThat(response.headers().firstValue("content-security-policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors http://admin.example:8081").doesNotContain("frame-ancestors 'none'"));
    }

    @Test
    void a_preview_shows_the_draft_on_the_phone_and_the_kiosk_while_the_public_pages_keep_the_published_text() throws Exception {
        var publishedTitle = published.current().orElseThrow().service(SERVICE).orElseThrow().title();
        String token = storeChangedTitle();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");

        var phone = get("/preview/" + token + "/s/" + SERVICE + "?lang=ar");
        assertThat(phone.statusCode()).isEqualTo(200);
        assertPreviewHeaders(phone);
        assertThat(phone.body()).contains(DRAFT_AR).contains("lang=\"ar\"").contains("dir=\"rtl\"");
        var kiosk = get("/preview/" + token + "/kiosk/ar/service/" + SERVICE);
        assertThat(kiosk.statusCode()).isEqualTo(200);
        assertPreviewHeaders(kiosk);

        var page = browser.page(Browser.Screen.PHONE, "de-DE");
        page.navigate(url("/preview/" + token + "/s/" + SERVICE + "?lang=ar"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).containsText(DRAFT_AR);
        Browser.screenshot(page, "preview-phone-ar");
        Browser.assertAccessible(page);
        page.navigate(url("/preview/" + token + "/s/" + SERVICE + "?lang=de"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("h1")).containsText(DRAFT_DE);
        page.navigate(url("/s/" + SERVICE + "?lang=ar"));
        assertThat(page.locator("h1")).containsText(publishedTitle.texts().get("ar"));
        assertThat(page.locator("h1")).not().containsText(DRAFT_AR);
        page.context().close();

        var screen = browser.page(Browser.Screen.KIOSK_PORTRAIT, "de-DE");
        screen.navigate(url("/preview/" + token + "/kiosk/ar/service/" + SERVICE));
        assertThat(screen.locator("main h1")).containsText(DRAFT_AR);
        assertThat(screen.locator("html")).hasAttribute("lang", "ar");
        assertThat(screen.locator("html")).hasAttribute("dir", "rtl");
        assertThat(screen.locator(".kiosk-where-room")).containsText("E.04");
        Browser.screenshot(screen, "preview-kiosk-ar");
        Browser.assertAccessible(screen);
        screen.navigate(url("/preview/" + token + "/kiosk/de/service/" + SERVICE));
        assertThat(screen.locator("main h1")).containsText(DRAFT_DE);
        assertThat(screen.locator("html")).hasAttribute("dir", "ltr");
        screen.navigate(url("/kiosk/ar/service/" + SERVICE));
        assertThat(screen.locator("main h1")).containsText(publishedTitle.texts().get("ar"));
        assertThat(screen.locator("main h1")).not().containsText(DRAFT_AR);
        screen.context().close();
    }

    @Test
    void an_unknown_or_expired_preview_is_not_found() throws Exception {
        String token = storeChangedTitle();
        String unknown = token.substring(1) + (token.charAt(0) == 'A' ? "B" : "A");
        for (String path : new String[]{"/preview/" + unknown + "/s/" + SERVICE + "?lang=ar",
                "/preview/" + unknown + "/kiosk/ar/service/" + SERVICE, "/preview/short/s/" + SERVICE,
                "/preview/" + token + "/s/no-such-service"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertPreviewHeaders(response);
        }
        assertThat(get("/preview/" + token + "/s/" + SERVICE).statusCode()).isEqualTo(200);

        clock.ahead = DraftPreviews.LIFETIME.plusMinutes(1);
        try {
            assertThat(get("/preview/" + token + "/s/" + SERVICE + "?lang=ar").statusCode()).isEqualTo(404);
            assertThat(get("/preview/" + token + "/kiosk/ar/service/" + SERVICE).statusCode()).isEqualTo(404);
            String fresh = storeChangedTitle(); // storing drops the expired ones
            assertThat(get("/preview/" + fresh + "/s/" + SERVICE).statusCode()).isEqualTo(200);
            try (var admin = DriverManager.getConnection(databaseUrl, TestDatabases.USER, TestDatabases.PASSWORD);
                 var count = admin.prepareStatement("select count(*) from content_preview where token = ?")) {
                count.setString(1, token);
                var rows = count.executeQuery();
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        } finally {
            clock.ahead = Duration.ZERO;
        }
    }

    @Test
    void kiosk_uis_database_user_reads_previews_but_cannot_write_them() throws Exception {
        String user = System.getenv().getOrDefault("WEGWEISER_TEST_PUBLIC_DB_USER", "wwtest_public");
        String password = System.getenv().getOrDefault("WEGWEISER_TEST_PUBLIC_DB_PASSWORD", "wwtest_public");
        // The grants admin-ui applies after every migration (db/grants), on this test's database.
        Flyway.configure().dataSource(databaseUrl, TestDatabases.USER, TestDatabases.PASSWORD)
                .locations("classpath:db/migration", "classpath:db/grants")
                .placeholders(Map.of("public_user", user, "public_host", "%"))
                .load().migrate();
        storeChangedTitle();
        try (var kiosk = DriverManager.getConnection(databaseUrl, user, password);
             var statement = kiosk.createStatement()) {
            var rows = statement.executeQuery("select count(*) from content_preview");
            rows.next();
            assertThat(rows.getInt(1)).isPositive();
            assertThatThrownBy(() -> statement.executeUpdate("delete from content_preview")).hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("insert into content_preview (token, content, created_by,"
                    + " created_at, expires_at) values ('x', '{}', 'x', now(), now())")).hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("update content_preview set expires_at = now()"))
                    .hasMessageContaining("denied");
        }
    }
}
