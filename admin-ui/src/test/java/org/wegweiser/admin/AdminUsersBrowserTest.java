package org.wegweiser.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.user.UserAccountService;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class AdminUsersBrowserTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    PublishingService publishing;

    private void signIn(Page page, String user, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Benutzername").fill(user);
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
    }

    @Test
    void an_admin_creates_a_translator_who_must_choose_a_password_and_cannot_publish() {
        var admin = browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE");
        signIn(admin, "admin", accounts.issueAdministratorPassword("admin"));
        assertThat(admin.locator(".admin-town")).isVisible();
        admin.navigate(url("/users"));
        admin.getByLabel("Benutzername").fill("tanja");
        admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Tanja Translator");
        admin.getByText("Übersetzung", new Page.GetByTextOptions().setExact(true)).click();
        admin.getByText("العربية").click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Benutzer anlegen")).click();
        String oneTime = admin.locator(".admin-one-time-password").textContent().strip();
        Browser.screenshot(admin, "admin-users");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fertig")).click();
        assertThat(admin.locator("vaadin-grid")).containsText("tanja");
        Browser.assertAccessible(admin);
        admin.context().close();

        var translator = browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE");
        signIn(translator, "tanja", oneTime);
        assertThat(translator.locator("main h1")).hasText("Eigenes Passwort wählen");
        translator.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true)).fill("kurz");
        translator.getByLabel("Neues Passwort wiederholen").fill("kurz");
        translator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
        assertThat(translator.getByText("Verwenden Sie mindestens 15 Zeichen.").first()).isVisible();
        String own = "Der Rhein fliesst langsam heute";
        translator.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true)).fill(own);
        translator.getByLabel("Neues Passwort wiederholen").fill(own);
        translator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
        assertThat(translator.locator(".admin-town")).isVisible();
        assertThat(translator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jetzt veröffentlichen")))
                .hasCount(0);
        translator.navigate(url("/posters"));
        assertThat(translator.locator("h1", new Page.LocatorOptions().setHasText("Plakate"))).hasCount(0);
        translator.context().close();

        // Not only the menu: the service refuses a translator, too.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("tanja", null,
                List.of(new SimpleGrantedAuthority("ROLE_TRANSLATOR"))));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> publishing.publish("tanja", null))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
