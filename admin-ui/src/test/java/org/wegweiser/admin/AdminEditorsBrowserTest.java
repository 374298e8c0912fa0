package org.wegweiser.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.KioskUiJar;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.user.Role;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class AdminEditorsBrowserTest extends BrowserTest {

    static final String ROOMS = "Räume (wo man hingeht)";

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
    void an_editor_changes_the_room_of_register_your_address_publishes_and_the_kiosk_shows_it() throws Exception {
        try (var kiosk = KioskUiJar.start(KioskUiJar.freePort(), database, user, password, List.of())) {
            // the lobby kiosk, paired as an administrator would: only a paired kiosk gets the kiosk pages
            var screen = LobbyKiosk.pair(browser.page(Browser.Screen.KIOSK_PORTRAIT, "de-DE"), fleet);
            screen.navigate(kiosk.url("/kiosk/de/service/wohnsitz-anmelden"));
            assertThat(screen.locator("main")).containsText("E.04");

            var page = signIn("erika");
            page.navigate(url("/services"));
            assertThat(page.locator("vaadin-grid")).containsText("Wohnsitz anmelden");
            Browser.assertAccessible(page);
            page.getByLabel("Filtern").fill("wohnsitz");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reisepass beantragen bearbeiten")))
                    .hasCount(0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wohnsitz anmelden bearbeiten")).click();
            assertThat(page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true))).hasValue("Wohnsitz anmelden");
            Browser.assertAccessible(page);
            toggleRoom(page, "E.04");
            toggleRoom(page, "E.05");
            save(page);
            assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
            Browser.screenshot(page, "admin-service-saved");

            page.navigate(url("/"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jetzt veröffentlichen")).click();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Veröffentlichen").setExact(true)).click();
            // The kiosk was open all the while; the issue promises the change within 5 s of publishing.
            assertThat(screen.locator("main")).containsText("E.05", new LocatorAssertions.ContainsTextOptions()
                    .setTimeout(5_000));
            assertThat(screen.locator("main")).not().containsText("E.04");
            Browser.screenshot(screen, "kiosk-after-room-edit");
            page.context().close();
            screen.context().close();
        }
    }

    @Test
    void two_editors_save_the_same_service_and_the_second_sees_the_first_change_and_reapplies_their_own() {
        var anna = signIn("anna");
        var ben = signIn("ben");
        anna.navigate(url("/services/edit/personalausweis"));
        ben.navigate(url("/services/edit/personalausweis"));
        assertThat(ben.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Personalausweis beantragen");

        toggleRoom(anna, "E.04");
        toggleRoom(anna, "E.05");
        save(anna);
        assertThat(anna.locator(".admin-save-banner")).containsText("Gespeichert");

        ben.getByLabel("Gebühren").fill("Ab 1. Januar: 46,00 Euro");
        save(ben);
        var dialog = ben.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("anna");
        assertThat(dialog.locator(".admin-conflict-changes")).containsText(ROOMS);
        assertThat(dialog.locator(".admin-conflict-changes")).containsText("E.05 Stadtkasse");
        assertThat(ben.locator(".admin-save-banner")).containsText("Jemand anderes hat das inzwischen geändert");
        Browser.assertAccessible(ben);
        Browser.screenshot(ben, "admin-service-conflict");
        assertThat(service("personalausweis").fees().texts().get("de")).doesNotContain("46,00");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Neuen Stand übernehmen und meine Änderungen wieder eintragen")).click();
        assertThat(ben.getByLabel("Gebühren")).hasValue("Ab 1. Januar: 46,00 Euro");
        assertThat(ben.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(ROOMS)).locator(".."))
                .not().containsText("E.04");
        save(ben);
        assertThat(ben.locator(".admin-save-banner")).containsText("Gespeichert");

        var saved = service("personalausweis");
        assertThat(saved.fees().texts().get("de")).isEqualTo("Ab 1. Januar: 46,00 Euro");
        assertThat(saved.rooms()).containsExactly("bbn-e01", "rh-e05");
        anna.context().close();
        ben.context().close();
    }

    @Test
    void an_empty_or_far_too_long_title_is_refused_on_the_field_and_the_other_values_stay() {
        var page = signIn("clara");
        page.navigate(url("/services/edit/reisepass"));
        var title = page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true));
        var fees = page.getByLabel("Gebühren");
        fees.fill("Neue Gebühr: 70 Euro");
        title.fill("");
        save(page);
        assertThat(page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(title)))
                .containsText("Bitte ausfüllen.");
        assertThat(page.locator(".admin-save-banner")).containsText("Ihre Eingaben sind noch da");
        assertThat(fees).hasValue("Neue Gebühr: 70 Euro");

        title.fill("x".repeat(10_000));
        save(page);
        assertThat(page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(title)))
                .containsText("Höchstens 200 Zeichen.");
        assertThat(fees).hasValue("Neue Gebühr: 70 Euro");
        assertThat(title).hasValue("x".repeat(10_000));
        Browser.screenshot(page, "admin-service-refused");
        Browser.assertAccessible(page);
        assertThat(service("reisepass").title().texts().get("de")).isEqualTo("Reisepass beantragen");
        assertThat(service("reisepass").fees().texts().get("de")).doesNotContain("Neue Gebühr");
        page.context().close();
    }

    @Test
    void an_editor_changes_an_offices_hours_adds_a_closure_over_days_and_unreadable_hours_are_refused() {
        var page = signIn("dora");
        page.navigate(url("/offices"));
        assertThat(page.locator("vaadin-grid")).containsText("Bürgerservice");
        Browser.assertAccessible(page);
        page.navigate(url("/offices/edit/buergerservice"));
        var monday = page.getByLabel("Montag");
        var phone = page.getByLabel("Telefon", new Page.GetByLabelOptions().setExact(true));
        phone.fill("0123 456-789");
        monday.fill("12-8");
        save(page);
        assertThat(page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(monday)))
                .containsText("Bitte so eingeben");
        assertThat(phone).hasValue("0123 456-789");

        monday.fill("8-12, 13:30 bis 18");
        int exceptions = page.locator(".admin-exception-row").count();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ausnahme hinzufügen")).click();
        assertThat(page.locator(".admin-exception-row")).hasCount(exceptions + 1);
        var row = page.locator(".admin-exception-row").last();
        row.getByLabel("Von").fill("2.1.2027");
        row.getByLabel("Von").press("Tab");
        row.getByLabel("Bis einschließlich").fill("1.1.2027");
        row.getByLabel("Bis einschließlich").press("Tab");
        row.getByLabel("Hinweis").fill("Betriebsausflug und Umzug");
        save(page);
        assertThat(row).containsText("Der letzte Tag darf nicht vor dem ersten liegen.");
        assertThat(monday).hasValue("8-12, 13:30 bis 18");

        row.getByLabel("Bis einschließlich").fill("4.1.2027");
        row.getByLabel("Bis einschließlich").press("Tab");
        save(page);
        assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
        assertThat(monday).hasValue("08:00–12:00, 13:30–18:00");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "admin-office-saved");

        var office = SystemActor.call(packages::draft).offices().stream().filter(o -> o.key().equals("buergerservice"))
                .findFirst().orElseThrow();
        assertThat(office.phone()).isEqualTo("0123 456-789");
        assertThat(office.openingHours()).filteredOn(p -> p.day().equals("MONDAY"))
                .containsExactly(new ContentPackage.OpeningPeriod("MONDAY", "08:00", "12:00"),
                        new ContentPackage.OpeningPeriod("MONDAY", "13:30", "18:00"));
        assertThat(office.exceptions()).anySatisfy(e -> {
            assertThat(e.from()).isEqualTo("2027-01-02");
            assertThat(e.to()).isEqualTo("2027-01-04");
            assertThat(e.closed()).isTrue();
            assertThat(e.note().texts().get("de")).isEqualTo("Betriebsausflug und Umzug");
        });
        page.context().close();
    }

    @Test
    void an_editor_renames_a_topic_and_an_announcement_ending_before_it_starts_is_refused() {
        var page = signIn("emil");
        page.navigate(url("/topics"));
        assertThat(page.locator("vaadin-grid")).containsText("Familie");
        Browser.assertAccessible(page);
        page.getByLabel("Filtern").fill("famil");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ankommen & Wohnen bearbeiten")))
                .hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Familie & Kinder bearbeiten")).click();
        var name = page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
        assertThat(name).hasValue("Familie & Kinder");
        name.fill("Familie, Kinder & Eltern");
        save(page);
        assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
        Browser.assertAccessible(page);
        assertThat(SystemActor.call(packages::draft).topics().stream().filter(t -> t.key().equals("familie"))
                .findFirst().orElseThrow().title().texts().get("de")).isEqualTo("Familie, Kinder & Eltern");

        page.navigate(url("/document-types"));
        assertThat(page.locator("vaadin-grid")).containsText("Geburtsurkunde");
        Browser.assertAccessible(page);

        page.navigate(url("/announcements"));
        assertThat(page.locator("vaadin-grid")).containsText("2026-12-15 00:00");
        Browser.assertAccessible(page);
        page.navigate(url("/announcements/edit/weihnachten-2026"));
        var text = page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true));
        text.fill("Vom 24. bis 26. Dezember geschlossen.");
        var until = page.locator("vaadin-date-time-picker").filter(new Locator.FilterOptions().setHasText("Sichtbar bis"));
        var untilDate = until.locator("input").first();
        untilDate.fill("1.12.2026");
        untilDate.press("Tab");
        save(page);
        assertThat(until).containsText("Das Ende muss nach dem Beginn liegen.");
        assertThat(text).hasValue("Vom 24. bis 26. Dezember geschlossen.");
        Browser.assertAccessible(page);

        untilDate.fill("27.12.2026");
        untilDate.press("Tab");
        save(page);
        assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
        var saved = SystemActor.call(packages::draft).announcements().stream()
                .filter(a -> a.key().equals("weihnachten-2026")).findFirst().orElseThrow();
        assertThat(saved.validUntil()).isEqualTo("2026-12-27T23:59");
        assertThat(saved.text().texts().get("de")).isEqualTo("Vom 24. bis 26. Dezember geschlossen.");
        page.context().close();
    }

    private Page signIn(String name) {
        String own = "Ein langer Satz als Passwort";
        SystemActor.run(() -> {
            accounts.create(name, name, Set.of(Role.EDITOR), Set.of(), "admin");
            accounts.changeOwnPassword(name, own);
        });
        var page = open(Browser.Screen.DESKTOP, "de-DE", "/login");
        page.getByLabel("Benutzername").fill(name);
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(own);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.locator(".admin-town")).isVisible();
        return page;
    }

    /** Picks a room when it is not chosen, drops it when it is. */
    static void toggleRoom(Page page, String number) {
        var rooms = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(ROOMS));
        rooms.fill(number);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(number)).first().click();
        rooms.press("Escape");
    }

    static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern").setExact(true)).click();
    }

    private ContentPackage.Service service(String key) {
        return SystemActor.call(packages::draft).services().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow();
    }
}
