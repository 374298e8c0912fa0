package org.wegweiser.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class AdminHistoryBrowserTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishingService publishing;

    private byte[] draftBefore;

    @org.junit.jupiter.api.BeforeEach
    void rememberTheDraft() {
        draftBefore = SystemActor.call(packages::exportPackage);
    }

    /** The test classes share one application: its draft and what it shows are put back as they were. */
    @org.junit.jupiter.api.AfterEach
    void putTheDraftBackAndPublishIt() {
        SystemActor.run(() -> {
            packages.importPackage(draftBefore, "test");
            publishing.publish("test", "as before the history test");
        });
    }

    @Test
    void an_editor_sees_which_fields_of_a_topic_changed_in_which_publication_and_brings_an_earlier_version_back() {
        var before = SystemActor.call(() -> publishing.publish("erika", "before"));
        String oldTitle = topic(SystemActor.call(packages::draft)).title().texts().get("de");
        SystemActor.run(() -> {
            var draft = packages.draft();
            var topics = draft.topics().stream().map(t -> t.key().equals("familie") ? new ContentPackage.Topic(t.key(),
                    t.pictogram(), t.title().with("de", "Familie, Kinder und Eltern"), t.description()) : t).toList();
            packages.importPackage(ContentPackageCodec.write(new ContentPackage(draft.format(), draft.schemaVersion(),
                    draft.organisation(), draft.languages(), draft.sites(), draft.offices(), draft.partnerPlaces(),
                    topics, draft.documentTypes(), draft.services(), draft.announcements(),
                    draft.translationStates())), "bernd");
            publishing.publish("bernd", "new family title");
        });

        String password = accounts.issueAdministratorPassword("admin");
        var page = open(Browser.Screen.KIOSK_LANDSCAPE, "de-DE", "/login");
        page.getByLabel("Benutzername").fill("admin");
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.locator(".admin-town")).isVisible();
        page.navigate(url("/revisions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verlauf einer Leistung")).click();
        page.locator(".admin-history-kind").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Thema").setExact(true)).click();
        page.locator(".admin-history-entry input").fill("Familie, Kinder");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Familie, Kinder und Eltern")).click();

        var newest = page.locator(".admin-history-version").first();
        assertThat(newest.locator("h2")).containsText("von bernd");
        assertThat(newest.locator("vaadin-grid")).containsText("title.de");
        assertThat(newest.locator("vaadin-grid")).containsText(oldTitle);
        assertThat(newest.locator("vaadin-grid")).containsText("Familie, Kinder und Eltern");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/history\\?.*key=familie.*"));
        Browser.screenshot(page, "admin-entity-history");
        Browser.assertAccessible(page);

        // Publication "before" did not change the topic, so the oldest listed version is where it came from.
        var oldest = page.locator(".admin-history-version").last();
        assertThat(oldest.locator("h2")).not().containsText("Stand " + before.number() + ",");
        assertThat(oldest.locator("vaadin-grid")).containsText(oldTitle);
        oldest.getByRole(AriaRole.BUTTON).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Als Entwurf wiederherstellen")).click();
        // Restoring imports the whole draft again: on a loaded machine that takes a while.
        assertThat(page.locator(".admin-history-version").first().locator("h2")).hasText(
                "Entwurf (noch nicht veröffentlicht)", new com.microsoft.playwright.assertions.LocatorAssertions
                        .HasTextOptions().setTimeout(30_000));
        Browser.screenshot(page, "admin-entity-history-restored");
        assertThat(topic(SystemActor.call(packages::draft)).title().texts().get("de")).isEqualTo(oldTitle);
        page.context().close();
    }

    private static ContentPackage.Topic topic(ContentPackage content) {
        return content.topics().stream().filter(t -> t.key().equals("familie")).findFirst().orElseThrow();
    }
}
