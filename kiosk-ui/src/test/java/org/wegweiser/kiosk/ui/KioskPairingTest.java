package org.wegweiser.kiosk.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.wegweiser.kiosk.KioskSetup;
import org.wegweiser.kiosk.KioskStatus;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.MutableClock;
import org.wegweiser.user.SystemActor;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wegweiser.demo.enabled=true", "wegweiser.kiosk.heartbeat-interval=PT1S",
        "wegweiser.admin.url=https://admin.musterstadt.example/", "wegweiser.kiosk.open-links=true"})
@org.springframework.context.annotation.Import(org.wegweiser.testing.TestClock.class)
class KioskPairingTest extends KioskBrowserTest {

    @Autowired
    MutableClock clock;

    @Test
    void a_new_kiosk_shows_a_code_an_admin_pairs_it_and_it_shows_its_sites_home_until_revoked() throws Exception {
        var kiosk = browser.page(Browser.Screen.KIOSK_PORTRAIT, "de-DE");
        kiosk.navigate(url("/kiosk"));
        var shown = kiosk.locator(".kiosk-pairing-code");
        assertThat(shown).hasText(Pattern.compile("[A-Z2-9]{6}"));
        String code = shown.textContent().strip();
        assertThat(kiosk.locator("h1")).hasText("Dieser Kiosk ist noch nicht eingerichtet");
        var image = ImageIO.read(new ByteArrayInputStream(kiosk.locator(".kiosk-pairing-qr .kiosk-qr-code").screenshot()));
        assertThat(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText())
                .isEqualTo("https://admin.musterstadt.example/kiosks?code=" + code);
        Browser.screenshot(kiosk, "kiosk-pairing");
        Browser.assertAccessible(kiosk);
        kiosk.reload();
        assertThat(shown).hasText(code); // a reload keeps the code

        long id = SystemActor.call(() -> fleet.pair(code, new KioskSetup("Foyer Nord", "buergerbuero-nord", "bbn-eg",
                0.2, 0.8, 60, List.of("de", "ar", "uk")), "admin"));

        assertThat(kiosk.locator(".kiosk-language")).hasCount(3);
        assertThat(kiosk).hasURL(url("/kiosk"));
        var cookie = kiosk.context().cookies().stream().filter(c -> c.name.equals("wegweiser-kiosk")).findFirst()
                .orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.value).hasSizeGreaterThanOrEqualTo(43);
        kiosk.locator(".kiosk-language[lang=ar]").tap();
        assertThat(kiosk.locator(".kiosk-site-hours h2")).containsText(
                DEMO.sites().stream().filter(s -> s.key().equals("buergerbuero-nord")).findFirst().orElseThrow()
                        .name().texts().get("ar"));
        assertThat(kiosk.locator(".kiosk-bar")).isVisible();

        // Its heartbeat reaches the fleet list: screen size, and online.
        assertThat(eventually(() -> status(id).online())).isTrue();
        assertThat(status(id).screenSize()).isEqualTo("1080x1920");

        // A phone (no credential) that opens a kiosk address gets the phone page, never kiosk mode.
        var phone = browser.page(Browser.Screen.PHONE, "ar");
        phone.navigate(url("/kiosk/ar/service/reisepass"));
        assertThat(phone).hasURL(url("/s/reisepass?lang=ar"));
        assertThat(phone.locator("h1")).containsText(service("reisepass").title().texts().get("ar"));
        assertThat(phone.locator(".kiosk")).hasCount(0);
        phone.navigate(url("/kiosk/uk"));
        assertThat(phone).hasURL(url("/?lang=uk"));
        phone.context().close();

        // Stolen: revoked, the kiosk learns it with its next heartbeat and shows a pairing code again.
        SystemActor.run(() -> fleet.revoke(id, "admin"));
        clock.advance(Duration.ofMinutes(2));
        assertThat(kiosk.locator(".kiosk-pairing-code")).hasText(Pattern.compile("[A-Z2-9]{6}"));
        assertThat(kiosk.locator(".kiosk-pairing-code")).not().hasText(code);
        kiosk.navigate(url("/kiosk/de/service/reisepass"));
        assertThat(kiosk).hasURL(url("/s/reisepass?lang=de"));
        kiosk.context().close();
    }

    @Test
    void the_demo_link_opens_the_pre_paired_kiosk_and_a_wrong_one_opens_the_phone_home() {
        String secret = SystemActor.call(() -> fleet.issueCredential(new KioskSetup("Foyer Rathaus", "rathaus",
                "rathaus-eg", 0.5, 0.9, 60, List.of("de", "en")), "system"));
        var page = browser.page(Browser.Screen.KIOSK_LANDSCAPE, "de-DE");
        page.navigate(url("/kiosk/open/" + secret));
        assertThat(page).hasURL(url("/kiosk"));
        assertThat(page.locator(".kiosk-language")).hasCount(2);
        page.context().close();

        var other = browser.page(Browser.Screen.PHONE, "de-DE");
        other.navigate(url("/kiosk/open/not-a-secret"));
        assertThat(other).hasURL(url("/"));
        other.context().close();
    }

    private KioskStatus status(long id) {
        return SystemActor.call(() -> fleet.kiosks()).stream().filter(k -> k.id() == id).findFirst().orElseThrow();
    }

    private interface Check {
        boolean holds();
    }

    private static boolean eventually(Check check) throws InterruptedException {
        for (int i = 0; i < 100 && !check.holds(); i++) {
            Thread.sleep(100);
        }
        return check.holds();
    }
}
