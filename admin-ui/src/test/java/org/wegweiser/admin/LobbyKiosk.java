package org.wegweiser.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.kiosk.KioskSetup;
import org.wegweiser.user.SystemActor;

import java.util.List;

/** The lobby kiosk "Foyer Rathaus", paired as an administrator would: only a paired kiosk gets the kiosk pages. */
final class LobbyKiosk {

    private LobbyKiosk() {
    }

    /** Makes the browser of {@code screen} the paired lobby kiosk, for kiosk-ui on localhost. */
    static Page pair(Page screen, KioskFleet fleet) {
        String credential = SystemActor.call(() -> fleet.issueCredential(new KioskSetup("Foyer Rathaus", "rathaus",
                "rathaus-eg", 0.5, 0.9, 60, List.of()), "test"));
        screen.context().addCookies(List.of(new Cookie(KioskFleet.CREDENTIAL_COOKIE, credential)
                .setDomain("localhost").setPath("/").setHttpOnly(true)));
        return screen;
    }
}
