package org.wegweiser.kiosk.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.TestDatabases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "wegweiser.demo.enabled=true")
class KioskHomeBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void the_kiosk_shows_musterstadts_topics_in_arabic_right_to_left() {
        var demo = ContentPackageCodec.read(DemoContent.musterstadt());
        var firstTopic = demo.topics().getFirst();

        for (var screen : Browser.Screen.values()) {
            var page = browser.page(screen, "ar");
            page.navigate("http://localhost:" + port + "/kiosk/ar");

            var title = page.locator(".kiosk-topic-title").first();
            assertThat(title).hasText(firstTopic.title().texts().get("ar"));
            assertThat(title).hasAttribute("dir", "rtl");
            assertThat(title).hasAttribute("lang", "ar");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            assertThat(page.locator(".kiosk-topic")).hasCount(demo.topics().size());
            assertThat(page.locator(".kiosk-language[lang=fa]")).hasText("فارسی");
            Browser.screenshot(page, "kiosk-home-ar-" + screen.name().toLowerCase());
            Browser.assertAccessible(page);
            page.context().close();
        }
    }

    @Test
    void one_tap_on_a_language_tile_shows_the_topics_in_that_language() {
        var demo = ContentPackageCodec.read(DemoContent.musterstadt());
        var page = browser.page(Browser.Screen.KIOSK_PORTRAIT, "de-DE");
        page.navigate("http://localhost:" + port + "/kiosk");
        assertThat(page.locator(".kiosk-topic-title").first()).hasText(demo.topics().getFirst().title().texts().get("de"));

        page.locator(".kiosk-language[lang=uk]").tap();

        assertThat(page.locator(".kiosk-topic-title").first()).hasText(demo.topics().getFirst().title().texts().get("uk"));
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        Browser.screenshot(page, "kiosk-home-uk");
        page.context().close();
    }
}
