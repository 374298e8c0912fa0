package org.wegweiser.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import org.wegweiser.kiosk.KioskCredentials;
import org.wegweiser.kiosk.KioskSettings;
import org.wegweiser.kiosk.ThisKiosk;

import java.util.Optional;

/**
 * Which paired kiosk the current browser is. The credential cookie is read when a page loads
 * (push and UIDL requests need not carry it) and kept in the Vaadin session.
 */
@Component
class KioskSession {

    private static final String SECRET = "wegweiser.kiosk.secret";

    private final KioskCredentials credentials;
    private final KioskSettings fallback;

    KioskSession(KioskCredentials credentials, KioskSettings fallback) {
        this.credentials = credentials;
        this.fallback = fallback;
    }

    /** Called for every page load: remembers the credential the browser sent, or that it sent none. */
    static void pageLoaded(VaadinSession session, VaadinRequest request) {
        var secret = KioskCredentials.secret(request == null ? null : request.getCookies());
        session.setAttribute(SECRET, secret.orElse(null));
    }

    Optional<ThisKiosk> current() {
        var session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : credentials.kiosk((String) session.getAttribute(SECRET));
    }

    /** This kiosk's settings; the configured ones where there is none (never shown to an unpaired browser). */
    KioskSettings settings() {
        return current().map(ThisKiosk::settings).orElse(fallback);
    }

    void forget() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SECRET) != null) {
            credentials.forget((String) session.getAttribute(SECRET));
            session.setAttribute(SECRET, null);
        }
    }
}
