package org.wegweiser.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.preview.DraftPreviews;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.testing.KioskUiJar;
import org.wegweiser.user.Role;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live preview with the real kiosk-ui beside admin-ui: kiosk-ui runs from its jar on the same
 * database, as its least-privilege user, and renders the draft in the two frames.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wegweiser.demo.enabled=true",
        "spring.flyway.locations=classpath:db/migration,classpath:db/grants",
        "spring.flyway.placeholders.public_host=%"})
class AdminPreviewBrowserTest extends BrowserTest {

    static final String SERVICE = "wohnsitz-anmelden";
    static final String DRAFT_AR = "تسجيل محل السكن بعد الانتقال";
    static final String PUBLIC_USER = System.getenv().getOrDefault("WEGWEISER_TEST_PUBLIC_DB_USER", "wwtest_public");
    static final String PUBLIC_PASSWORD = System.getenv().getOrDefault("WEGWEISER_TEST_PUBLIC_DB_PASSWORD", "wwtest_public");
    static final int KIOSK_PORT = KioskUiJar.freePort();
    static KioskUiJar kioskUi;

    @DynamicPropertySource
    static void kioskUi(DynamicPropertyRegistry registry) {
        registry.add("wegweiser.kiosk-ui.url", () -> "http://localhost:" + KIOSK_PORT);
        registry.add("spring.flyway.placeholders.public_user", () -> PUBLIC_USER);
    }

    @Autowired
    UserAccountService accounts;
    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishedContent published;
    @Autowired
    DraftPreviews previews;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    @AfterAll
    static void stopKioskUi() throws InterruptedException {
        if (kioskUi != null) {
            kioskUi.close();
        }
    }

    private void startKioskUi() throws Exception {
        if (kioskUi == null) {
            kioskUi = KioskUiJar.start(KIOSK_PORT, databaseUrl, PUBLIC_USER, PUBLIC_PASSWORD,
                    List.of("--wegweiser.admin-ui.url=http://localhost:" + port));
        }
    }

    @Test
    void beside_the_service_form_the_preview_shows_what_is_typed_before_it_is_saved() throws Exception {
        startKioskUi();
        String typed = "Wohnsitz anmelden – noch nicht gespeichert";
        var page = signInAsNewEditor("petra");
        page.navigate(url("/services/edit/" + SERVICE));
        var phone = page.frameLocator("#service-preview-slot .admin-preview-phone iframe");
        var kiosk = page.frameLocator("#service-preview-slot .admin-preview-kiosk iframe");
        var title = page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true));
        assertThat(phone.locator("h1")).containsText(title.inputValue());

        title.fill(typed);
        title.press("Tab");
        assertThat(phone.locator("h1")).containsText(typed);
        assertThat(kiosk.locator("main h1")).containsText(typed);
        Browser.screenshot(page, "admin-service-form-preview");
        Browser.assertAccessible(page);
        // nothing was saved: the draft and the public page keep their title
        assertThat(SystemActor.call(packages::draft).services().stream().filter(s -> s.key().equals(SERVICE))
                .findFirst().orElseThrow().title().texts().get("de")).isNotEqualTo(typed);
        page.context().close();
    }

    @Test
    void an_editor_sees_the_draft_of_a_service_on_kiosk_and_phone_in_the_chosen_language() throws Exception {
        startKioskUi();
        var publishedService = published.current().orElseThrow().service(SERVICE).orElseThrow();
        SystemActor.run(() -> packages.importPackage(ContentPackageCodec.write(packages.draft()
                .withService(SERVICE, s -> s.withTitle(s.title().with("ar", DRAFT_AR)))), "test"));

        var page = signInAsNewEditor("frieda");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vorschau")).click();
        assertThat(page.locator("main h1")).hasText("Vorschau");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Leistung")).fill("Wohnsitz anmelden");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Wohnsitz anmelden")).click();
        var phone = page.frameLocator(".admin-preview-phone iframe");
        var kiosk = page.frameLocator(".admin-preview-kiosk iframe");
        assertThat(phone.locator("h1")).containsText(publishedService.title().texts().get("de"));
        assertThat(kiosk.locator("main h1")).containsText(publishedService.title().texts().get("de"));

        page.locator(".admin-preview-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("العربية")).click();
        assertThat(phone.locator("h1")).containsText(DRAFT_AR);
        assertThat(phone.locator("html")).hasAttribute("dir", "rtl");
        assertThat(kiosk.locator("main h1")).containsText(DRAFT_AR);
        assertThat(kiosk.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator(".admin-preview-phone iframe")).hasAttribute("title", "Vorschau der Handy-Seite auf العربية");
        Browser.screenshot(page, "admin-preview-ar");
        Browser.assertAccessible(page);

        page.locator(".admin-preview-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(phone.locator("h1")).containsText(publishedService.title().texts().get("en"));
        assertThat(phone.locator("html")).hasAttribute("dir", "ltr");
        assertThat(kiosk.locator("main h1")).containsText(publishedService.title().texts().get("en"));
        Browser.screenshot(page, "admin-preview-en");
        // Another language is the same stored preview, framed again.
        assertThat(jdbc.queryForObject("select count(*) from content_preview", Integer.class)).isEqualTo(1);

        // Visitors still see the published title: the draft is only in the preview.
        var visitor = browser.page(Browser.Screen.PHONE, "ar");
        visitor.navigate(kioskUi.url("/s/" + SERVICE + "?lang=ar"));
        assertThat(visitor.locator("h1")).containsText(publishedService.title().texts().get("ar"));
        assertThat(visitor.locator("h1")).not().containsText(DRAFT_AR);
        visitor.context().close();
        page.context().close();
    }

    @Test
    void a_translator_cannot_store_a_preview() {
        var draft = SystemActor.call(packages::draft);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("samira", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.TRANSLATOR.name()))));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> previews.store(draft)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Page signInAsNewEditor(String name) {
        var page = browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE");
        page.setViewportSize(1440, 900);
        return StaffSignIn.asNewUser(page, url(""), accounts, name, Role.EDITOR, Set.of());
    }
}
