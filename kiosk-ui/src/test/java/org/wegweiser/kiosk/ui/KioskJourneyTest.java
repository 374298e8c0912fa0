package org.wegweiser.kiosk.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.testing.Browser;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wegweiser.demo.enabled=true", "wegweiser.kiosk.site=rathaus", "wegweiser.kiosk.floor=rathaus-eg"})
class KioskJourneyTest extends KioskBrowserTest {

    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishingService publishing;

    @Test
    void an_arabic_visitor_finds_room_and_checklist_in_three_taps_and_takes_the_page_along() throws Exception {
        var service = service("wohnsitz-anmelden");
        var topic = topic(service.topics().getFirst());
        for (var screen : new Browser.Screen[]{Browser.Screen.KIOSK_PORTRAIT, Browser.Screen.KIOSK_LANDSCAPE}) {
            String size = screen.name().toLowerCase();
            var page = open(screen, "/kiosk");
            assertThat(page.locator(".kiosk-language")).hasCount(DEMO.languages().size());
            var logo = page.locator(".kiosk-attract-logo");
            assertThat(logo).hasAttribute("src", "/assets/" + DEMO.organisation().logo());
            assertThat(logo).hasAttribute("alt", DEMO.organisation().name().texts().get("de"));
            assertThat(logo).hasJSProperty("complete", true);
            Browser.screenshot(page, "kiosk-1-attract-" + size);
            Browser.assertAccessible(page);

            page.locator(".kiosk-language[lang=ar]").tap();                              // tap 1
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            Browser.screenshot(page, "kiosk-2-home-ar-" + size);
            Browser.assertAccessible(page);

            tile(page, topic.title().texts().get("ar")).tap();                          // tap 2
            Browser.screenshot(page, "kiosk-3-topic-ar-" + size);
            Browser.assertAccessible(page);

            tile(page, service.title().texts().get("ar")).tap();                        // tap 3
            var main = page.locator("main.kiosk-service");
            assertThat(main).hasAttribute("dir", "rtl");
            assertThat(main.locator("h1")).containsText(service.title().texts().get("ar"));
            assertThat(page.locator(".kiosk-where-room")).containsText("E.04");
            assertThat(page.locator(".kiosk-where-floor")).hasText(floorName("rathaus-eg", "ar"));
            assertThat(page.locator(".kiosk-where-floor")).hasAttribute("dir", "rtl");
            var firstDocument = DEMO.documentTypes().stream()
                    .filter(d -> d.key().equals(service.checklist().getFirst().documentType())).findFirst().orElseThrow();
            assertThat(page.locator(".kiosk-checklist-name").first()).hasText(firstDocument.name().texts().get("ar"));
            assertThat(page.locator(".kiosk-checklist-name").first()).hasAttribute("lang", "ar");
            assertThat(page.locator(".kiosk-checklist li")).hasCount(service.checklist().size());
            assertThat(page.locator(".kiosk-plan-room")).isVisible();
            assertThat(page.locator(".kiosk-plan-here")).isVisible();
            Browser.screenshot(page, "kiosk-4-service-ar-" + size);
            Browser.assertAccessible(page);

            var qr = page.locator(".kiosk-qr-take-away .kiosk-qr-code");
            qr.scrollIntoViewIfNeeded();
            var image = ImageIO.read(new ByteArrayInputStream(qr.screenshot()));
            var decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))));
            assertThat(decoded.getText()).isEqualTo(DEMO.organisation().publicBaseUrl()
                    + "/s/wohnsitz-anmelden?lang=ar");
            page.context().close();
        }
    }

    @Test
    void german_pages_are_accessible_with_big_touch_targets_and_switch_language_in_place() {
        var service = service("reisepass");
        for (var screen : new Browser.Screen[]{Browser.Screen.KIOSK_PORTRAIT, Browser.Screen.KIOSK_LANDSCAPE}) {
            String size = screen.name().toLowerCase();
            var page = open(screen, "/kiosk/de");
            assertThat(page.locator(".kiosk-tile")).hasCount(DEMO.topics().size());
            Browser.screenshot(page, "kiosk-2-home-de-" + size);
            Browser.assertAccessible(page);
            assertTouchTargetsAtLeast72(page);

            tile(page, topic(service.topics().getFirst()).title().texts().get("de")).tap();
            assertThat(page.locator("main h1")).isVisible();
            Browser.assertAccessible(page);

            tile(page, service.title().texts().get("de")).tap();
            assertThat(page.locator(".kiosk-where-room")).containsText(service.rooms().isEmpty() ? "" : "E.04");
            Browser.screenshot(page, "kiosk-4-service-de-" + size);
            Browser.assertAccessible(page);
            assertTouchTargetsAtLeast72(page);

            page.locator(".kiosk-language-button").tap();
            page.locator(".kiosk-overlay .kiosk-language[lang=tr]").tap();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/kiosk/tr/service/reisepass$"));
            assertThat(page.locator("main h1")).containsText(service.title().texts().get("tr"));
            assertThat(page.locator("html")).hasAttribute("lang", "tr");
            page.context().close();
        }
        var office = open(Browser.Screen.KIOSK_PORTRAIT, "/kiosk/fa/office/buergerservice");
        assertThat(office.locator(".kiosk-where-room").first()).containsText("E.04");
        assertThat(office.locator("main")).hasAttribute("dir", "rtl");
        Browser.screenshot(office, "kiosk-8-office-fa-kiosk_portrait");
        Browser.assertAccessible(office);
        office.context().close();
    }

    /** Every control a visitor can touch is at least 72 × 72 CSS pixels. */
    private static void assertTouchTargetsAtLeast72(com.microsoft.playwright.Page page) {
        @SuppressWarnings("unchecked")
        var small = (java.util.List<String>) page.evaluate("""
                () => Array.from(document.querySelectorAll('a[href], button, [role=button]'))
                  .filter(e => e.offsetParent !== null)
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width < 72 || r.height < 72)
                  .map(([e, r]) => e.outerHTML.slice(0, 80) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))""");
        assertThat(small).as("controls smaller than 72 x 72 px").isEmpty();
    }

    @Test
    void search_tolerates_typos_finds_compound_parts_and_cyrillic_titles() {
        var idCard = service("personalausweis").title();
        var page = open(Browser.Screen.KIOSK_PORTRAIT, "/kiosk/de/search");
        type(page, "persnalausweis");
        assertThat(tile(page, idCard.texts().get("de")).first()).isVisible();
        Browser.screenshot(page, "kiosk-5-search-de-kiosk_portrait");
        Browser.assertAccessible(page);

        page.locator(".kiosk-key").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Löschen")).tap();
        type(page, "ausweis");
        assertThat(tile(page, idCard.texts().get("de")).first()).isVisible();
        page.context().close();

        var passport = service("reisepass").title().texts().get("uk");
        String word = passport.toLowerCase().split("\\s+")[0].replaceAll("[^\\p{IsCyrillic}]", "");
        var ukrainian = open(Browser.Screen.KIOSK_LANDSCAPE, "/kiosk/uk/search");
        type(ukrainian, word);
        assertThat(tile(ukrainian, passport).first()).isVisible();
        assertThat(ukrainian.locator("html")).hasAttribute("lang", "uk");
        Browser.screenshot(ukrainian, "kiosk-5-search-uk-kiosk_landscape");
        Browser.assertAccessible(ukrainian);
        ukrainian.context().close();
    }

    @Test
    void a_search_without_result_offers_the_a_to_z_and_topics() {
        var page = open(Browser.Screen.KIOSK_PORTRAIT, "/kiosk/ar/search");
        assertThat(page.locator(".kiosk-keyboard")).isVisible();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        Browser.screenshot(page, "kiosk-5-search-ar-kiosk_portrait");
        Browser.assertAccessible(page);
        page.locator(".kiosk-key-switch").tap();
        type(page, "qqqqxx");
        assertThat(page.locator(".kiosk-search-none a")).hasCount(2);
        page.locator(".kiosk-search-none a").first().tap();
        assertThat(page.locator("main.kiosk-directory h1")).isVisible();
        Browser.screenshot(page, "kiosk-6-directory-ar-kiosk_portrait");
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void published_changes_appear_on_an_open_kiosk_page_within_five_seconds() {
        // Only this test changes content, and only a service no other test looks at.
        var page = open(Browser.Screen.KIOSK_LANDSCAPE, "/kiosk/de/service/fuehrungszeugnis");
        assertThat(page.locator("main h1")).containsText(service("fuehrungszeugnis").title().texts().get("de"));

        String newTitle = "Führungszeugnis beantragen (jetzt auch online)";
        packages.importPackage(ContentPackageCodec.write(withGermanTitle(packages.draft(), "fuehrungszeugnis", newTitle)), "editor");
        publishing.publish("editor", "new passport title");

        assertThat(page.locator("main h1")).containsText(newTitle,
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/kiosk/de/service/fuehrungszeugnis$"));
        page.context().close();
    }

    @Test
    void a_lost_connection_shows_a_calm_screen_in_every_language_and_the_kiosk_carries_on_afterwards() {
        var page = open(Browser.Screen.KIOSK_PORTRAIT, "/kiosk/de");
        assertThat(page.locator(".kiosk-tile")).hasCount(DEMO.topics().size());
        page.context().setOffline(true);
        var calm = page.locator(".kiosk-offline");
        assertThat(calm).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(calm.locator("[lang=ar]")).isVisible();
        assertThat(calm).containsText("Einen Moment bitte");
        Browser.screenshot(page, "kiosk-9-offline-kiosk_portrait");

        page.context().setOffline(false);
        assertThat(calm).isHidden(new com.microsoft.playwright.assertions.LocatorAssertions.IsHiddenOptions().setTimeout(30_000));
        page.locator(".kiosk-bar-nav a").first().tap();
        assertThat(page.locator(".kiosk-tile")).hasCount(DEMO.topics().size());
        page.context().close();
    }

    private static String floorName(String floorKey, String language) {
        return DEMO.sites().stream().flatMap(s -> s.buildings().stream()).flatMap(b -> b.floors().stream())
                .filter(f -> f.key().equals(floorKey)).findFirst().orElseThrow().name().texts().get(language);
    }

    private static ContentPackage withGermanTitle(ContentPackage content, String key, String title) {
        return content.withService(key, s -> s.withTitle(s.title().with("de", title)));
    }
}
