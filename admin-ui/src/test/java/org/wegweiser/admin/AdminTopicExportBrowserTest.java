package org.wegweiser.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.user.UserAccountService;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class AdminTopicExportBrowserTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;

    @Test
    void an_editor_downloads_only_the_chosen_topics_as_a_package() throws Exception {
        String password = accounts.issueAdministratorPassword("admin");
        var page = open(Browser.Screen.KIOSK_LANDSCAPE, "de-DE", "/login");
        page.getByLabel("Benutzername").fill("admin");
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.locator(".admin-town")).isVisible();
        page.navigate(url("/content-package"));

        var download = page.locator(".admin-export-selection");
        assertThat(download).isHidden();
        page.locator(".admin-export-topics input").fill("Familie");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Familie & Kinder")).click();
        page.keyboard().press("Escape");
        assertThat(download).isVisible();
        Browser.screenshot(page, "admin-topic-export");
        Browser.assertAccessible(page);

        var file = page.waitForDownload(download::click);
        var selection = ContentPackageCodec.read(Files.readAllBytes(file.path()));
        assertThat(selection.topics()).extracting(ContentPackage.Topic::key).containsExactly("familie");
        assertThat(selection.services()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.topics()).containsExactly("familie"));
        page.context().close();
    }
}
