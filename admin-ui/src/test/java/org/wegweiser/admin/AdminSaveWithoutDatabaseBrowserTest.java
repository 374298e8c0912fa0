package org.wegweiser.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.testing.CuttableProxy;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import java.io.IOException;
import java.io.UncheckedIOException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The database goes away while an editor saves: the form keeps everything and says so; later the save works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wegweiser.demo.enabled=true", "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000"})
class AdminSaveWithoutDatabaseBrowserTest extends BrowserTest {

    private static final CuttableProxy PROXY = proxy();

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        String url = TestDatabases.create();
        String database = url.substring(url.lastIndexOf('/') + 1);
        // Bound onto the pool after the base class's URL, so it wins over it.
        registry.add("spring.datasource.hikari.jdbc-url",
                () -> "jdbc:mariadb://127.0.0.1:" + PROXY.port() + "/" + database);
    }

    @Autowired
    UserAccountService accounts;
    @Autowired
    ContentPackageService packages;

    @AfterAll
    static void closeProxy() throws IOException {
        PROXY.close();
    }

    @Test
    void a_save_while_the_database_is_down_keeps_the_form_and_works_once_it_is_back() {
        String password = accounts.issueAdministratorPassword("admin");
        var page = open(Browser.Screen.DESKTOP, "de-DE", "/login");
        page.getByLabel("Benutzername").fill("admin");
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.locator(".admin-town")).isVisible();
        page.navigate(url("/services/edit/kindergeld"));
        var title = page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true));
        assertThat(title).hasValue("Kindergeld beantragen");
        title.fill("Kindergeld beantragen oder ändern");
        page.getByLabel("Gebühren").fill("Keine");

        PROXY.cut();
        try {
            AdminEditorsBrowserTest.save(page);
            assertThat(page.locator(".admin-save-banner")).containsText("Es ist nichts verloren gegangen");
            assertThat(title).hasValue("Kindergeld beantragen oder ändern");
            assertThat(page.getByLabel("Gebühren")).hasValue("Keine");
            Browser.screenshot(page, "admin-save-database-down");
        } finally {
            PROXY.restore();
        }

        AdminEditorsBrowserTest.save(page);
        assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
        var saved = SystemActor.call(packages::draft).services().stream().filter(s -> s.key().equals("kindergeld"))
                .findFirst().orElseThrow();
        assertThat(saved.title().texts().get("de")).isEqualTo("Kindergeld beantragen oder ändern");
        assertThat(saved.fees().texts().get("de")).isEqualTo("Keine");
        page.context().close();
    }

    private static CuttableProxy proxy() {
        try {
            return new CuttableProxy(TestDatabases.HOST, Integer.parseInt(TestDatabases.PORT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
