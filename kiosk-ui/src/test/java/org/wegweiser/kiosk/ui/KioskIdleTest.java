package org.wegweiser.kiosk.ui;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.testing.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wegweiser.demo.enabled=true", "wegweiser.kiosk.idle-seconds=3"})
class KioskIdleTest extends KioskBrowserTest {

    @Test
    void an_idle_kiosk_asks_first_then_forgets_the_visitor_and_returns_to_german() {
        var topic = topic("familie");
        var page = open(Browser.Screen.KIOSK_PORTRAIT, "/kiosk");
        page.locator(".kiosk-language[lang=fa]").tap();
        tile(page, topic.title().texts().get("fa")).tap();
        page.locator(".kiosk-mode").first().tap(); // large text on

        var prompt = page.locator(".kiosk-idle-continue");
        assertThat(prompt).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        assertThat(page.locator(".kiosk-idle-question")).isVisible();
        Browser.screenshot(page, "kiosk-7-idle-fa-kiosk_portrait");
        Browser.assertAccessible(page);
        prompt.tap();
        assertThat(prompt).isHidden();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/kiosk/fa/topic/familie$"));

        // Now nobody touches the screen: the prompt comes back, counts down, and everything resets.
        assertThat(page.locator(".kiosk-attract")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(40_000));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator("html")).not().hasClass(java.util.regex.Pattern.compile(".*ww-large.*"));

        page.locator(".kiosk-language[lang=de]").tap();
        assertThat(page.locator(".kiosk-back")).isDisabled();
        page.context().close();
    }
}
