package org.wegweiser.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.content.TranslationStatus;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.translation.TranslationEdit;
import org.wegweiser.translation.TranslationService;
import org.wegweiser.user.Role;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class AdminTranslationsBrowserTest extends BrowserTest {

    private static final String NEW_TITLE = "Reisepass beantragen oder verlängern";

    @Autowired
    UserAccountService accounts;
    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishingService publishing;
    @Autowired
    TranslationService translations;

    private byte[] draftBefore;

    @BeforeEach
    void rememberTheDraft() {
        draftBefore = SystemActor.call(packages::exportPackage);
    }

    /** The test classes share one application: leave the draft as it was found. */
    @AfterEach
    void putTheDraftBack() {
        SecurityContextHolder.clearContext();
        SystemActor.run(() -> packages.importPackage(draftBefore, "test"));
    }

    @Test
    void a_translator_fixes_an_outdated_arabic_text_with_the_keyboard_and_may_change_nothing_else() {
        String oldTitle = SystemActor.call(() -> {
            var draft = packages.draft();
            String title = passport(draft).title().texts().get("de");
            packages.importPackage(ContentPackageCodec.write(draft.withService("reisepass",
                    s -> s.withTitle(s.title().with("de", NEW_TITLE))
                            .withSummary(s.summary().with("de", s.summary().texts().get("de") + " Bitte früh kommen.")))),
                    "editor");
            return title;
        });
        String persianBefore = passport(SystemActor.call(packages::draft)).title().texts().get("fa");
        var page = signInAsNewTranslator("samira", Set.of("ar"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Übersetzen")).click();
        assertThat(page.locator("main h1")).hasText("Übersetzen");
        var languageSelect = page.locator(".admin-translation-language");
        assertThat(languageSelect).containsText("العربية");
        languageSelect.click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(1);
        page.keyboard().press("Escape");

        var outdated = page.locator(".admin-translation-row[data-field='service/reisepass/title']");
        assertThat(outdated.locator(".admin-status")).hasText("Veraltet");
        assertThat(outdated.locator(".admin-old-source p")).hasText(oldTitle);
        assertThat(outdated.locator(".admin-new-source p")).hasText(NEW_TITLE);
        var target = outdated.locator("vaadin-text-area");
        assertThat(target).hasAttribute("dir", "rtl");
        assertThat(target).hasAttribute("lang", "ar");
        Browser.screenshot(page, "admin-translations-outdated");
        Browser.assertAccessible(page);

        String arabic = "طلب جواز السفر أو تجديده";
        var textarea = target.locator("textarea");
        textarea.fill(arabic);
        textarea.press("Control+Enter");
        assertThat(outdated.locator(".admin-status")).hasText("Geprüft");
        assertThat(outdated.locator(".admin-translation-message")).hasText("Als geprüft gespeichert.");
        // The focus moved on to the next row's translation, ready for typing.
        var second = page.locator(".admin-translation-row").nth(indexOf(page, "service/reisepass/title") + 1);
        assertThat(second.locator("textarea")).isFocused();
        Browser.screenshot(page, "admin-translations-saved");

        var draft = SystemActor.call(packages::draft);
        assertThat(passport(draft).title().texts().get("ar")).isEqualTo(arabic);
        assertThat(passport(draft).title().texts().get("fa")).isEqualTo(persianBefore);
        assertThat(draft.translationStates()).noneMatch(s -> s.key().equals("reisepass") && s.field().equals("title")
                && s.language().equals("ar"));

        // Another language is not offered, and a direct address does not open it.
        page.navigate(url("/translations/fa"));
        assertThat(page.locator("main")).containsText("Sie dürfen nicht in „fa“ übersetzen.");
        assertThat(page.locator(".admin-translation-row")).hasCount(0);
        // Organisation settings come as content packages; publishing is on the overview: neither opens.
        page.navigate(url("/content-package"));
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText("Inhaltspaket"))).hasCount(0);
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jetzt veröffentlichen")))
                .hasCount(0);
        page.context().close();

        // Not only the pages: the services refuse the translator, too.
        signInForServices("samira", Role.TRANSLATOR);
        assertThatThrownBy(() -> translations.rows("fa")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translations.save(new TranslationEdit("service", "reisepass", "title", "fa",
                "درخواست گذرنامه", TranslationStatus.REVIEWED, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.publish("samira", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> packages.importPackage(ContentPackageCodec.write(draft), "samira"))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThat(passport(SystemActor.call(packages::draft)).title().texts().get("fa")).isEqualTo(persianBefore);
    }

    @Test
    void an_editor_filters_the_workspace_by_status_and_kind_and_saves_a_draft_with_the_button() {
        var editor = signInAsNewTranslator("greta", Set.of(), Role.EDITOR);
        editor.navigate(url("/translations/uk"));
        // The kind first, so the page never renders every field of every kind.
        var kind = editor.locator(".admin-translation-kind");
        kind.click();
        editor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Thema").setExact(true)).click();
        assertThat(editor.locator("vaadin-select-overlay[opened]")).hasCount(0);
        var show = editor.locator(".admin-translation-status");
        show.click();
        editor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Alle").setExact(true)).click();
        var rows = editor.locator(".admin-translation-row");
        assertThat(rows.first()).isVisible();
        assertThat(rows.filter(new Locator.FilterOptions().setHasNotText("Thema"))).hasCount(0);
        var family = editor.locator(".admin-translation-row[data-field='topic/familie/title']");
        assertThat(family.locator("vaadin-text-area")).hasAttribute("dir", "ltr");
        family.locator("textarea").fill("Сім'я та діти (чернетка)");
        family.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Als Entwurf speichern")).click();
        assertThat(family.locator(".admin-status")).hasText("Entwurf");
        Browser.screenshot(editor, "admin-translations-topics");
        Browser.assertAccessible(editor);
        assertThat(SystemActor.call(packages::draft).translationStates())
                .contains(new ContentPackage.TranslationState("topic", "familie", "title", "uk", "DRAFT"));
        editor.context().close();
    }

    @Test
    void the_overview_shows_progress_per_language_and_what_else_needs_attention_and_leads_to_the_workspace() {
        SystemActor.run(() -> packages.importPackage(ContentPackageCodec.write(packages.draft().withService("kita-platz",
                s -> new ContentPackage.Service(s.key(), s.pictogram(), s.title().with("de", "Kita-Platz finden"),
                        s.summary(), s.whatHappens(), s.office(), s.rooms(), s.partnerPlace(), s.topics(), List.of(),
                        s.fees(), s.appointmentRequired(), s.onlineUrl(), s.leikaKey(), s.keywords()))), "editor"));
        var page = signInAsNewTranslator("olga", Set.of("uk"));
        var state = page.locator(".admin-translation-state");
        assertThat(state).containsText("Українська");
        assertThat(page.locator(".admin-without-checklist")).containsText("Kita-Platz finden");
        assertThat(page.locator("main")).containsText("Seit 12 Monaten nicht geprüft");
        Browser.screenshot(page, "admin-dashboard-attention");
        Browser.assertAccessible(page);

        var ukrainian = SystemActor.call(packages::attention).languages().stream()
                .filter(l -> l.language().equals("uk")).findFirst().orElseThrow();
        assertThat(ukrainian.outdated()).isPositive();
        assertThat(ukrainian.percentReviewed()).isLessThan(100);
        assertThat(page.locator("a[href='translations/uk']")).hasText(ukrainian.percentReviewed() + " % ("
                + ukrainian.reviewed() + " von " + ukrainian.total() + ")");
        page.locator("a[href='translations/uk']").click();
        assertThat(page.locator(".admin-translation-language")).containsText("Українська");
        assertThat(page.locator(".admin-translation-row[data-field='service/kita-platz/title'] .admin-status"))
                .hasText("Veraltet");
        page.context().close();
    }

    private static int indexOf(Page page, String field) {
        return ((Number) page.locator(".admin-translation-row").evaluateAll(
                "(rows, field) => rows.findIndex(r => r.dataset.field === field)", field)).intValue();
    }

    private Page signInAsNewTranslator(String name, Set<String> languages) {
        return signInAsNewTranslator(name, languages, Role.TRANSLATOR);
    }

    private Page signInAsNewTranslator(String name, Set<String> languages, Role role) {
        return StaffSignIn.asNewUser(browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE"), url(""), accounts, name, role,
                languages);
    }

    private static void signInForServices(String name, Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
    }

    private static ContentPackage.Service passport(ContentPackage content) {
        return content.services().stream().filter(s -> s.key().equals("reisepass")).findFirst().orElseThrow();
    }
}
