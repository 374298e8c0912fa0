package org.wegweiser.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.user.UserAccountService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "wegweiser.demo.enabled=true")
class AdminLoginBrowserTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    org.wegweiser.audit.AuditLog audit;

    @Test
    void the_administrator_signs_in_with_the_generated_password_and_sees_musterstadt() {
        String password = accounts.issueAdministratorPassword("admin");
        var demo = ContentPackageCodec.read(DemoContent.musterstadt());
        var page = browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE");

        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL("http://localhost:" + port + "/login");
        Browser.assertAccessible(page);
        page.getByLabel("Benutzername").fill("admin");
        page.getByLabel("Passwort", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Anmelden")).click();

        assertThat(page.locator(".admin-town")).hasText(demo.organisation().name().texts().get("de"));
        assertThat(page.locator("main")).containsText(demo.services().size() + " Leistungen");
        assertThat(page.locator(".admin-translation-state")).containsText("Leichte Sprache");
        Browser.screenshot(page, "admin-dashboard");
        Browser.assertAccessible(page);

        page.navigate("http://localhost:" + port + "/audit");
        page.getByLabel("Nach Person oder Aktion filtern").fill("SIGN_IN");
        assertThat(page.locator("vaadin-grid")).containsText("SIGN_IN");
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_message() {
        accounts.issueAdministratorPassword("admin");
        var page = browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE");
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Benutzername").fill("admin");
        page.getByLabel("Passwort", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Anmelden")).click();

        assertThat(page.getByText("Anmeldung fehlgeschlagen oder vorübergehend gesperrt")).isVisible();
        assertThat(page).hasURL("http://localhost:" + port + "/login?error");
        org.assertj.core.api.Assertions.assertThat(org.wegweiser.user.SystemActor.call(() -> audit.search("SIGN_IN_FAILED", 10)))
                .anySatisfy(e -> org.assertj.core.api.Assertions.assertThat(e.actor()).isEqualTo("admin"));
        Browser.screenshot(page, "admin-login-failed");
        page.context().close();
    }
}
