package org.wegweiser.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.testing.Pictures;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.testing.KioskUiJar;
import org.wegweiser.user.Role;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class AdminOrganisationBrowserTest extends BrowserTest {

    static final String NAME = "Name der Organisation (deutsch)";
    static final String PRIMARY = "Hauptfarbe";

    @Autowired
    UserAccountService accounts;
    @Autowired
    ContentPackageService packages;
    @Autowired
    KioskFleet fleet;
    @Value("${spring.datasource.url}")
    String database;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password}")
    String password;

    @Test
    void an_admin_renames_the_town_uploads_a_logo_changes_the_colour_publishes_and_the_phone_page_shows_them() throws Exception {
        try (var kiosk = KioskUiJar.start(KioskUiJar.freePort(), database, user, password, List.of())) {
            var page = signIn("olaf", Role.ADMIN);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Einstellungen der Organisation")).click();
            assertThat(page.locator("h1")).hasText("Einstellungen der Organisation");
            assertThat(page.getByLabel(NAME)).hasValue("Stadt Musterstadt");
            Browser.assertAccessible(page);

            page.getByLabel(NAME).fill("Stadt Beispielstadt");
            page.getByLabel(PRIMARY).fill("#1a4d2e");
            page.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("wappen.png", "image/png", Pictures.png(80, 40, new Color(0xc0392b))));
            assertThat(page.locator(".admin-organisation-logo img")).isVisible();
            save(page);
            assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
            Browser.assertAccessible(page);
            page.locator("h1").scrollIntoViewIfNeeded();
            Browser.screenshot(page, "admin-organisation-settings");
            String logo = draft().organisation().logo();
            assertThat(logo).matches("uploads/[0-9a-f]{32}\\.png");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Übersicht")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jetzt veröffentlichen")).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Veröffentlichen").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);

            var phone = browser.page(Browser.Screen.PHONE, "de-DE");
            // kiosk-ui reads the published content every second; a phone may keep a page for a minute,
            // so every try asks for a fresh address
            phone.navigate(kiosk.url("/s/reisepass?lang=de"));
            for (int tries = 1; tries < 30 && !phone.locator("header").textContent().contains("Beispielstadt"); tries++) {
                phone.waitForTimeout(500);
                phone.navigate(kiosk.url("/s/reisepass?lang=de&try=" + tries));
            }
            var image = phone.locator("header img");
            assertThat(image).hasAttribute("src", "/assets/" + logo);
            assertThat(image).hasAttribute("alt", "Stadt Beispielstadt");
            assertThat(image).hasAttribute("height", "32");
            assertThat(image).hasAttribute("width", "64");
            assertThat(phone.locator("header")).containsText("Stadt Beispielstadt");
            assertThat(phone.locator("header")).hasCSS("background-color", "rgb(26, 77, 46)");
            var served = phone.request().get(kiosk.url("/assets/" + logo));
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.headers().get("content-type")).isEqualTo("image/png");
            assertThat(new Color(ImageIO.read(new ByteArrayInputStream(served.body())).getRGB(3, 3)))
                    .isEqualTo(new Color(0xc0392b));
            assertThat(image).hasJSProperty("naturalWidth", 80);
            Browser.assertAccessible(phone);
            Browser.screenshot(phone, "phone-with-uploaded-logo");
            phone.context().close();

            // the lobby kiosk, paired as an administrator would, shows the new colour and logo
            var screen = LobbyKiosk.pair(browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE"), fleet);
            screen.navigate(kiosk.url("/kiosk"));
            assertThat(screen.locator(".kiosk-attract-logo")).hasAttribute("src", "/assets/" + logo);
            assertThat(screen.locator(".kiosk-attract-logo")).hasAttribute("alt", "Stadt Beispielstadt");
            screen.locator(".kiosk-language[lang=de]").click();
            assertThat(screen.locator(".kiosk-bar")).hasCSS("background-color", "rgb(26, 77, 46)");
            Browser.screenshot(screen, "kiosk-home-organisation-colour");
            screen.context().close();
            page.context().close();
        }
    }

    @Test
    void a_text_file_named_logo_png_is_refused_beside_the_upload_and_the_typed_values_stay() {
        var before = draft().organisation();
        var page = signIn("ottilie", Role.ADMIN);
        page.navigate(url("/organisation"));
        page.getByLabel(NAME).fill("Stadt Neustadt");
        page.getByLabel(PRIMARY).fill("#1a4d2e");
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("logo.png", "image/png",
                "Dies ist kein Bild, nur Text.".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator(".admin-upload-refused")).containsText("logo.png ist kein PNG- oder JPEG-Bild");
        assertThat(page.getByLabel(NAME)).hasValue("Stadt Neustadt");
        assertThat(page.getByLabel(PRIMARY)).hasValue("#1a4d2e");
        assertThat(page.locator(".admin-organisation-logo img")).hasAttribute("alt", "Logo von Stadt Neustadt");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "admin-organisation-upload-refused");
        assertThat(draft().organisation()).isEqualTo(before);
        page.context().close();
    }

    @Test
    void too_little_contrast_and_a_plain_http_address_are_refused_on_their_fields_and_nothing_is_saved() {
        var before = draft().organisation();
        var page = signIn("otto", Role.ADMIN);
        page.navigate(url("/organisation"));
        var address = page.getByLabel("Öffentliche Webadresse");
        page.getByLabel(PRIMARY).fill("#77aaff");
        address.fill("http://wegweiser.example.org");
        assertThat(page.locator(".admin-organisation-warning")).containsText("Schon gedruckte Plakate behalten die alte Adresse");
        save(page);
        assertThat(field(page, page.getByLabel(PRIMARY))).containsText("erreicht nur 2.33:1, nötig sind mindestens 4,5:1");
        assertThat(field(page, address)).containsText("mit https:// beginnt");
        assertThat(page.locator(".admin-save-banner")).containsText("Nicht gespeichert");
        assertThat(page.getByLabel(PRIMARY)).hasValue("#77aaff");
        assertThat(address).hasValue("http://wegweiser.example.org");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "admin-organisation-refused");
        assertThat(draft().organisation()).isEqualTo(before);
        page.context().close();
    }

    @Test
    void languages_move_with_the_keyboard_and_are_saved_in_their_new_order() {
        var page = signIn("olli", Role.ADMIN);
        page.navigate(url("/organisation"));
        var down = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nach unten: Deutsch"));
        down.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nach unten: Deutsch")))
                .isFocused();
        page.getByText("Русский", new Page.GetByTextOptions().setExact(true)).click();
        save(page);
        assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
        var languages = draft().languages();
        assertThat(languages.get(0).code()).isEqualTo("de-x-ls");
        assertThat(languages.get(1).code()).isEqualTo("de");
        assertThat(languages.stream().filter(l -> l.code().equals("ru")).findFirst().orElseThrow().enabled()).isFalse();
        page.context().close();
    }

    @Test
    void editors_and_translators_see_no_settings_in_the_menu_and_the_address_does_not_open_them() {
        for (var role : List.of(Role.EDITOR, Role.TRANSLATOR)) {
            var page = signIn("nicht-" + role.name().toLowerCase(), role);
            assertThat(page.locator("vaadin-side-nav-item[path='organisation']")).hasCount(0);
            page.navigate(url("/organisation"));
            assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Einstellungen der Organisation")))
                    .hasCount(0);
            assertThat(page.getByLabel(NAME)).hasCount(0);
            page.context().close();
        }
        var admin = signIn("oskar", Role.ADMIN);
        assertThat(admin.locator("vaadin-side-nav-item[path='organisation']")).hasCount(1);
        admin.context().close();
    }

    private Page signIn(String name, Role role) {
        var page = browser.page(Browser.Screen.DESKTOP, "de-DE");
        return StaffSignIn.asNewUser(page, url(""), accounts, name, role, role == Role.TRANSLATOR ? Set.of("ar") : Set.of());
    }

    private static Locator field(Page page, Locator input) {
        return page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(input));
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern").setExact(true)).click();
    }

    private ContentPackage draft() {
        return SystemActor.call(packages::draft);
    }

}
