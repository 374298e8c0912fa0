package org.wegweiser.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.kiosk.Heartbeat;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.testing.MutableClock;
import org.wegweiser.user.UserAccountService;

import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator pairs the kiosk that shows a code, watches it go online and offline, reloads and revokes it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
@org.springframework.context.annotation.Import(org.wegweiser.testing.TestClock.class)
class AdminKiosksBrowserTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    KioskFleet fleet;
    @Autowired
    MutableClock clock;

    private void signIn(Page page) {
        page.navigate(url("/login"));
        page.getByLabel("Benutzername").fill("admin");
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true))
                .fill(accounts.issueAdministratorPassword("admin"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.locator(".admin-town")).isVisible();
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    @Test
    void an_admin_pairs_a_kiosk_by_its_code_sees_it_online_then_offline_reloads_and_revokes_it() {
        // What kiosk-ui does for a browser that opens /kiosk without a credential.
        var waiting = fleet.requestPairing();
        var admin = browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE");
        signIn(admin);
        assertThat(admin.locator("vaadin-side-nav-item[path='kiosks']")).hasCount(1);
        admin.navigate(url("/kiosks"));
        assertThat(admin.locator("h1")).hasText("Kioske");

        admin.getByLabel("Code auf dem Kiosk").fill("ZZZZZZ");
        admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Foyer Rathaus");
        admin.getByLabel("Standort").fill("Rathaus Musterstadt");
        admin.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Rathaus Musterstadt")).click();
        admin.getByText("العربية").click();
        admin.getByText("Українська").click();
        button(admin, "Kiosk koppeln");
        assertThat(admin.getByText("Kein Kiosk zeigt diesen Code.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Foyer Rathaus");

        // The QR code on the kiosk opens the page with its code filled in.
        admin.navigate(url("/kiosks?code=" + waiting.code()));
        assertThat(admin.getByLabel("Code auf dem Kiosk")).hasValue(waiting.code());
        admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Foyer Rathaus");
        admin.getByLabel("Standort").fill("Rathaus Musterstadt");
        admin.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Rathaus Musterstadt")).click();
        admin.getByLabel("Etage („Sie sind hier“)").fill("Erdgeschoss");
        admin.locator("vaadin-combo-box-item:not([hidden])", new Page.LocatorOptions().setHasText("Erdgeschoss"))
                .first().click();
        admin.getByText("Українська").click();
        admin.getByText("العربية").click();
        button(admin, "Kiosk koppeln");
        var grid = admin.locator("vaadin-grid.admin-kiosks");
        assertThat(grid).containsText("Foyer Rathaus");
        assertThat(grid).containsText("Offline");
        Browser.screenshot(admin, "admin-kiosks");
        Browser.assertAccessible(admin);

        var kiosk = fleet.kiosk(waiting.secret()).orElseThrow();
        assertThat(kiosk.setup().site()).isEqualTo("rathaus");
        assertThat(kiosk.setup().floor()).isEqualTo("rathaus-eg");
        assertThat(kiosk.setup().languages()).as("in the published order").containsExactly("ar", "uk");

        fleet.heartbeat(kiosk.id(), new Heartbeat("1.0", "1080x1920", 30));
        admin.navigate(url("/"));
        assertThat(admin.getByText("Alle Kioske sind online.")).isVisible();
        admin.navigate(url("/kiosks"));
        assertThat(grid).containsText("Online");
        assertThat(grid).containsText("1080x1920");

        clock.advance(Duration.ofMinutes(3));
        admin.navigate(url("/"));
        assertThat(admin.locator(".admin-kiosks-offline")).containsText("Foyer Rathaus");

        admin.navigate(url("/kiosks"));
        button(admin, "Neu laden");
        assertThat(admin.getByText("„Foyer Rathaus“ lädt innerhalb einer Minute neu.")).isVisible();
        assertThat(fleet.heartbeat(kiosk.id(), new Heartbeat("1.0", "1080x1920", 300))).isEqualTo(Heartbeat.Answer.RELOAD);

        button(admin, "Sperren");
        admin.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sperren")).click();
        assertThat(grid).containsText("Gesperrt");
        assertThat(fleet.kiosk(waiting.secret())).isEmpty();
        admin.context().close();
    }

}
