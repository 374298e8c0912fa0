package org.wegweiser.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.poster.Posters;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class AdminWorkBrowserTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    Posters posters;
    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishedContent published;

    private Page signIn() {
        String password = accounts.issueAdministratorPassword("admin");
        var page = open(Browser.Screen.KIOSK_LANDSCAPE, "de-DE", "/login");
        page.getByLabel("Benutzername").fill("admin");
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.locator(".admin-town")).isVisible();
        return page;
    }

    @Test
    void an_editor_creates_a_poster_and_sees_its_scans_and_the_form_keeps_input_when_invalid() throws Exception {
        var page = signIn();
        page.navigate(url("/posters"));
        var create = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plakat anlegen"));
        create.click();
        assertThat(page.getByText("Wählen Sie, wohin das Plakat führt.").first()).isVisible();
        assertThat(page.getByText("Wählen Sie ein bis drei Sprachen.").first()).isVisible();

        page.getByLabel("Wo es hängt (freiwillig)").fill("Foyer, links");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Ziel")).fill("Leistung: Reisepass beantragen");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Leistung: Reisepass beantragen")).click();
        create.click();
        assertThat(page.getByText("Wählen Sie ein bis drei Sprachen.").first()).isVisible();
        assertThat(page.getByLabel("Wo es hängt (freiwillig)")).hasValue("Foyer, links");

        page.getByText("العربية").click();
        page.getByText("Deutsch", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("A5", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Leseabstand (Meter)").fill("12");
        page.getByLabel("Leseabstand (Meter)").press("Tab");
        assertThat(page.locator(".admin-qr-size")).containsText("Achtung");
        page.getByLabel("Leseabstand (Meter)").fill("0.5");
        page.getByLabel("Leseabstand (Meter)").press("Tab");
        assertThat(page.locator(".admin-qr-size")).hasText("Der QR-Code wird 50 mm breit gedruckt.");
        create.click();
        assertThat(page.locator("vaadin-grid")).containsText("Leistung: Reisepass beantragen");
        assertThat(page.locator(".admin-poster-preview")).isVisible();
        var download = page.waitForDownload(() -> page.locator(".admin-download-made").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Browser.screenshot(page, "admin-poster-made");

        var poster = posters.all().getFirst();
        assertThat(poster.languages()).containsExactlyInAnyOrder("ar", "de");
        assertThat(poster.paperFormat()).isEqualTo("A5");
        assertThat(poster.placement()).isEqualTo("Foyer, links");
        posters.countScan(poster.id());
        posters.countScan(poster.id());
        page.reload();
        assertThat(page.locator("vaadin-grid")).containsText(poster.code());
        assertThat(page.locator(".admin-scan-chart svg").first()).isVisible();
        Browser.screenshot(page, "admin-posters");
        Browser.assertAccessible(page);

        // The Arabic title changes after printing: the poster is flagged for a reprint.
        byte[] draft = SystemActor.call(packages::exportPackage);
        String arabicTitle = SystemActor.call(packages::draft).services().stream()
                .filter(s -> s.key().equals("reisepass")).findFirst().orElseThrow().title().texts().get("ar");
        SystemActor.run(() -> packages.importPackage(new String(draft).replace(arabicTitle, arabicTitle + " (جديد)")
                .getBytes(), "test"));
        page.reload();
        assertThat(page.locator("vaadin-grid")).containsText("Neu drucken");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ziel ändern")).first().click();
        var dialogTarget = page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.COMBOBOX);
        dialogTarget.fill("Leistung: Personalausweis beantragen");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Leistung: Personalausweis beantragen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ziel speichern")).click();
        assertThat(page.locator("vaadin-grid")).containsText("Leistung: Personalausweis beantragen");
        assertThat(posters.find(poster.code()).orElseThrow().target().key()).isEqualTo("personalausweis");

        // A poster for every service of a topic, as one print file; without a language it is refused.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plakate für das Thema anlegen")).click();
        assertThat(page.getByText("Wählen Sie ein Thema.").first()).isVisible();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Oder: ein Plakat für jede Leistung eines Themas"))
                .fill("Thema: Familie & Kinder");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Thema: Familie & Kinder")).click();
        page.getByText("Türkçe", new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plakate für das Thema anlegen")).click();
        long family = published.current().orElseThrow().servicesOf("familie").size();
        assertThat(page.locator(".admin-download-made")).containsText("(" + family + " Seite(n))");
        assertThat(posters.all()).hasSize((int) family + 1);
        page.context().close();
    }

    @Test
    void a_broken_package_is_refused_with_its_problems_and_a_good_one_is_imported_and_published() throws Exception {
        var page = signIn();
        page.navigate(url("/content-package"));
        byte[] before = SystemActor.call(packages::exportPackage);

        Path broken = Files.createTempFile("broken", ".json");
        Files.writeString(broken, new String(before).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(broken);
        assertThat(page.locator(".admin-import-result")).containsText("nichts wurde geändert");
        assertThat(page.locator(".admin-import-result")).containsText("schemaVersion: version 7 is not supported");
        assertThat(SystemActor.call(packages::exportPackage)).isEqualTo(before);
        Browser.screenshot(page, "admin-package-refused");
        Browser.assertAccessible(page);

        Path good = Files.createTempFile("good", ".json");
        Files.writeString(good, new String(before).replace("Reisepass beantragen", "Reisepass beantragen oder verlängern"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(good);
        assertThat(page.locator(".admin-import-preview")).containsText("services: 0 neu, 2 geändert, 0 entfernt");
        assertThat(SystemActor.call(packages::exportPackage)).as("a dry run writes nothing").isEqualTo(before);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jetzt importieren")).click();
        assertThat(page.locator(".admin-import-result")).containsText("Leistungen");

        int revision = published.current().orElseThrow().revision().number();
        page.navigate(url("/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jetzt veröffentlichen")).click();
        assertThat(page.locator(".admin-pending-changes")).containsText("Reisepass beantragen oder verlängern");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Veröffentlichen").setExact(true)).click();
        assertThat(page.locator("main")).containsText("Stand " + (revision + 1));
        assertThat(published.current().orElseThrow().service("reisepass").orElseThrow().title().texts().get("de"))
                .isEqualTo("Reisepass beantragen oder verlängern");

        // The publications: what changed, and the earlier one back as the draft.
        page.navigate(url("/revisions"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Was hat sich geändert")).first().click();
        assertThat(page.locator(".admin-revision-changes")).containsText("Reisepass beantragen oder verlängern");
        assertThat(page.locator(".admin-revision-changes")).containsText("service 'reisepass' title");
        Browser.screenshot(page, "admin-revisions");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als Entwurf wiederherstellen")).nth(1).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Als Entwurf wiederherstellen")).click();
        assertThat(page.getByText("ist jetzt der Entwurf")).isVisible();
        assertThat(SystemActor.call(packages::draft).services().stream().filter(s -> s.key().equals("reisepass"))
                .findFirst().orElseThrow().title().texts().get("de")).isEqualTo("Reisepass beantragen");
        page.context().close();
    }
}
