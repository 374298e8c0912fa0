package org.wegweiser.kiosk.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.wegweiser.kiosk.KioskCredentials;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.kiosk.PairingRequest;

import java.time.Duration;

/**
 * Hands a kiosk its credential as an HttpOnly cookie, which a Vaadin UI update cannot set: after
 * pairing (the secret waited in this browser's session), and in the demo by an open link.
 */
@Controller
class KioskCredentialController {

    private final KioskFleet fleet;
    private final KioskCredentials credentials;
    private final boolean openLinks;

    KioskCredentialController(KioskFleet fleet, KioskCredentials credentials,
                              @Value("${wegweiser.kiosk.open-links:false}") boolean openLinks) {
        this.fleet = fleet;
        this.credentials = credentials;
        this.openLinks = openLinks;
    }

    @GetMapping("/kiosk/paired")
    String paired(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        var pending = session == null ? null : (PairingRequest) session.getAttribute(PairingView.PENDING);
        if (pending != null && fleet.isPaired(pending.code())) {
            session.removeAttribute(PairingView.PENDING);
            setCredential(request, response, pending.secret());
        }
        return "redirect:/kiosk";
    }

    /** Demo only: the printed link opens the pre-paired demo kiosk in any browser. */
    @GetMapping("/kiosk/open/{secret}")
    String open(@PathVariable String secret, HttpServletRequest request, HttpServletResponse response) {
        if (openLinks && credentials.kiosk(secret).isPresent()) {
            setCredential(request, response, secret);
            return "redirect:/kiosk";
        }
        return "redirect:/";
    }

    private static void setCredential(HttpServletRequest request, HttpServletResponse response, String secret) {
        var cookie = ResponseCookie.from(KioskFleet.CREDENTIAL_COOKIE, secret).httpOnly(true).sameSite("Strict")
                .secure(request.isSecure()).path("/").maxAge(Duration.ofDays(3650)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
