package org.wegweiser.kiosk;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wegweiser.KioskUiApplication;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.user.SystemActor;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unattended kiosk page outlives its servlet session and a restart of kiosk-ui: it never
 * shows an error text, and it is back by itself once the server answers again.
 */
class KioskRestartTest {

    private static final List<String> ERROR_TEXTS = List.of("Session expired", "Server connection lost",
            "Internal error", "Exception", "Whitelabel", "Sitzung abgelaufen", "Out of sync");

    @Test
    void a_paired_kiosk_page_survives_the_session_timeout_and_a_restart_without_showing_an_error(@TempDir Path dir)
            throws Exception {
        String database = TestDatabases.create();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var app = start(database, dir.resolve("snapshot.txt"), port);
        try (var browser = new Browser()) {
            var fleet = app.getBean(KioskFleet.class);
            String secret = SystemActor.call(() -> fleet.issueCredential(new KioskSetup("Foyer", "rathaus", "rathaus-eg",
                    0.5, 0.9, 600, List.of("de", "ar")), "test"));
            var page = browser.page(Browser.Screen.KIOSK_PORTRAIT, "de-DE");
            page.context().addCookies(List.of(new Cookie(KioskFleet.CREDENTIAL_COOKIE, secret)
                    .setDomain("localhost").setPath("/").setHttpOnly(true)));
            page.navigate("http://localhost:" + port + "/kiosk");
            page.locator(".kiosk-language[lang=ar]").waitFor();

            // Past the servlet session timeout (one minute): the kiosk's heartbeat kept its session.
            var errors = new ArrayList<String>();
            watch(page, Instant.now().plus(Duration.ofSeconds(80)), errors);
            page.locator(".kiosk-language[lang=ar]").tap();
            page.locator(".kiosk-tile-title").first().waitFor();
            assertThat(page.url()).endsWith("/kiosk/ar");

            app.close();
            boolean waiting = false;
            for (int i = 0; i < 100 && !waiting; i++) {
                watch(page, Instant.now().plus(Duration.ofMillis(200)), errors);
                waiting = page.locator(".kiosk-offline").isVisible();
            }
            assertThat(waiting).as("the calm waiting screen while the server is away").isTrue();
            watch(page, Instant.now().plus(Duration.ofSeconds(2)), errors);

            app = start(database, dir.resolve("snapshot.txt"), port);
            Instant up = Instant.now();
            boolean back = false;
            while (!back && Instant.now().isBefore(up.plus(Duration.ofSeconds(15)))) {
                watch(page, Instant.now().plus(Duration.ofMillis(200)), errors);
                back = page.locator(".kiosk-language, .kiosk-tile-title").count() > 0
                        && !page.locator(".kiosk-offline").isVisible();
            }
            assertThat(back).as("working content again within 15 s of the server being up").isTrue();
            watch(page, Instant.now().plus(Duration.ofSeconds(2)), errors);
            assertThat(errors).as("error texts seen in the page").isEmpty();
            Browser.screenshot(page, "kiosk-after-restart");
        } finally {
            app.close();
        }
    }

    /** Polls the page's text until the deadline, noting every error text that appears. */
    private static void watch(Page page, Instant until, List<String> errors) throws InterruptedException {
        do {
            String text;
            try {
                text = (String) page.evaluate("() => document.documentElement.innerText + ' '"
                        + " + Array.from(document.querySelectorAll('*')).filter(e => e.shadowRoot)"
                        + ".map(e => e.shadowRoot.textContent).join(' ')");
            } catch (com.microsoft.playwright.PlaywrightException navigating) {
                text = ""; // the page is reloading by itself
            }
            for (var error : ERROR_TEXTS) {
                if (text.contains(error)) {
                    errors.add(error);
                }
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(until));
    }

    private static ConfigurableApplicationContext start(String database, Path snapshot, int port) {
        return new SpringApplicationBuilder(KioskUiApplication.class).run(
                "--server.port=" + port,
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabases.USER,
                "--spring.datasource.password=" + TestDatabases.PASSWORD,
                "--wegweiser.demo.enabled=true",
                "--wegweiser.snapshot.file=" + snapshot,
                "--server.servlet.session.timeout=1m",
                "--vaadin.heartbeatInterval=20",
                "--wegweiser.kiosk.heartbeat-interval=PT20S");
    }
}
