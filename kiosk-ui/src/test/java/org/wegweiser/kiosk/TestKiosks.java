package org.wegweiser.kiosk;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.Cookie;
import org.wegweiser.user.SystemActor;

import java.util.List;

/** A test browser turned into a paired kiosk, standing where kiosk-ui's configuration says. */
public final class TestKiosks {

    private TestKiosks() {
    }

    /** Pairs a kiosk as an administrator would and returns its credential. */
    public static String credential(KioskFleet fleet, KioskSettings configured) {
        return SystemActor.call(() -> fleet.issueCredential(new KioskSetup("Testkiosk", configured.site(),
                configured.floor(), configured.x(), configured.y(), configured.idleSeconds(),
                configured.languages()), "test"));
    }

    /** Gives the browser the kiosk's credential, as pairing does. */
    public static void hold(BrowserContext browser, String credential) {
        browser.addCookies(List.of(new Cookie(KioskFleet.CREDENTIAL_COOKIE, credential)
                .setDomain("localhost").setPath("/").setHttpOnly(true)));
    }
}
