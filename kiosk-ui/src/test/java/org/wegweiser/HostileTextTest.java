package org.wegweiser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.kiosk.TestKiosks;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.testing.PageWatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff type anything; visitors see it as text. Every visitor-facing text of a service, in every
 * language, becomes markup and script; after publishing, the kiosk and the phone page show it
 * literally and run none of it. (A 1 MB text is refused at import: ContentPackageFuzzTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class HostileTextTest extends BrowserTest {

    static final String HOSTILE = "<script>alert('script')</script><img src=x onerror=alert('img')>"
            + "<a href=\"javascript:alert('link')\">javascript:alert('url')</a>";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> LANGUAGES = Set.of("de", "de-x-ls", "en", "ar", "uk", "tr", "fa", "ru");

    @Autowired
    org.wegweiser.kiosk.KioskFleet fleet;
    @Autowired
    org.wegweiser.kiosk.KioskSettings configured;
    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishingService publishing;
    @Autowired
    PublishedContent published;

    @Test
    void script_and_markup_in_every_visitor_facing_field_of_a_service_are_shown_literally_and_never_run() {
        ObjectNode root = (ObjectNode) JSON.readTree(packages.exportPackage());
        int fields = 0;
        for (JsonNode service : root.get("services")) {
            if (service.get("key").asString().equals("reisepass")) {
                fields = poison(service);
            }
        }
        assertThat(fields).as("localized texts of the service").isGreaterThanOrEqualTo(3);
        packages.importPackage(JSON.writeValueAsBytes(root), "test");
        publishing.publish("test", "hostile texts");
        published.refresh();

        var kiosk = browser.page(Browser.Screen.KIOSK_PORTRAIT, "de-DE");
        TestKiosks.hold(kiosk.context(), TestKiosks.credential(fleet, configured));
        var kioskWatch = PageWatch.of(kiosk);
        kiosk.navigate(url("/kiosk/de/service/reisepass"));
        assertThat(kiosk.locator("main.kiosk-service h1")).containsText("<script>alert('script')</script>");
        assertThat(kiosk.locator("main.kiosk-service")).containsText("onerror=alert('img')");
        assertThat(kiosk.locator("main img[src=x]")).hasCount(0);
        assertThat(kiosk.locator("main a[href^=javascript]")).hasCount(0);
        Browser.screenshot(kiosk, "kiosk-hostile-text");
        assertThat(kioskWatch.dialogs()).isEmpty();
        kiosk.context().close();

        for (String language : new String[] {"de", "ar"}) {
            var phone = browser.page(Browser.Screen.PHONE, "de-DE");
            var phoneWatch = PageWatch.of(phone);
            phone.navigate(url("/s/reisepass?lang=" + language));
            assertThat(phone.locator("h1")).containsText("<script>alert('script')</script>");
            assertThat(phone.locator("main")).containsText("onerror=alert('img')");
            assertThat(phone.locator("main img[src=x]")).hasCount(0);
            assertThat(phone.locator("a[href^=javascript]")).hasCount(0);
            assertThat(phone.evaluate("() => document.scripts.length")).isEqualTo(0);
            Browser.screenshot(phone, "phone-hostile-text-" + language);
            assertThat(phoneWatch.dialogs()).isEmpty();
            assertThat(phoneWatch.cspViolations()).isEmpty();
            phone.context().close();
        }
    }

    /** Replaces every localized text below the node with hostile markup; returns how many texts it replaced. */
    private static int poison(JsonNode node) {
        int count = 0;
        if (node instanceof ObjectNode object) {
            boolean localized = !object.isEmpty() && LANGUAGES.containsAll(object.propertyNames());
            if (localized) {
                for (String language : object.propertyNames()) {
                    if (object.get(language).isString()) {
                        object.put(language, HOSTILE + " " + language);
                    }
                }
                return 1;
            }
            for (JsonNode child : object) {
                count += poison(child);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                count += poison(child);
            }
        }
        return count;
    }
}
