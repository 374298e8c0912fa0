package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.kiosk.PairingCodes;
import org.wegweiser.kiosk.PairingRequest;
import org.wegweiser.publishing.PublishedContent;

import java.util.Locale;

/**
 * What a browser that opens the kiosk without a credential sees: a short code (and its QR code)
 * for an administrator to enter in admin-ui. The page asks every two seconds whether it has been
 * paired and then fetches its credential from {@code /kiosk/paired}, which sets the cookie.
 */
@Route("kiosk/pair")
class PairingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The pending request lives in the HTTP session, where the cookie endpoint finds it. */
    static final String PENDING = "wegweiser.kiosk.pairing";

    private final PairingCodes codes;
    private final KioskFleet fleet;
    private final PublishedContent published;
    private final String adminUrl;
    private Registration polling;
    private String title = "";

    PairingView(PairingCodes codes, KioskFleet fleet, PublishedContent published,
                @Value("${wegweiser.admin.url:http://localhost:8081/}") String adminUrl) {
        this.codes = codes;
        this.fleet = fleet;
        this.published = published;
        this.adminUrl = adminUrl.endsWith("/") ? adminUrl : adminUrl + "/";
        addClassNames("kiosk", "kiosk-pairing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String language = published.current().map(c -> c.defaultLanguage()).orElse("de");
        var locale = Locale.forLanguageTag(language);
        getElement().setAttribute("lang", language);
        event.getUI().getPage().executeJs("document.documentElement.setAttribute('lang', $0);"
                + "document.documentElement.setAttribute('dir', 'ltr')", language);
        title = getTranslation(locale, "kiosk.pairing.title");
        add(new H1(title));
        var session = VaadinSession.getCurrent().getSession();
        var pending = (PairingRequest) session.getAttribute(PENDING);
        if (pending == null) {
            var request = VaadinRequest.getCurrent();
            try {
                pending = codes.request(request == null ? null : request.getRemoteAddr()).orElse(null);
            } catch (DataAccessException e) {
                pending = null;
            }
            session.setAttribute(PENDING, pending);
        }
        if (pending == null) {
            add(new Paragraph(getTranslation(locale, "kiosk.pairing.wait")));
            return;
        }
        add(new Paragraph(getTranslation(locale, "kiosk.pairing.instructions")));
        var code = new Span(pending.code());
        code.addClassName("kiosk-pairing-code");
        code.getElement().setAttribute("aria-label", String.join(" ", pending.code().split("")));
        add(code);
        add(QrImage.of(adminUrl + "kiosks?code=" + pending.code(), getTranslation(locale, "kiosk.pairing.scan"),
                "kiosk-pairing-qr"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        ui.setPollInterval(2000);
        polling = ui.addPollListener(e -> {
            var session = VaadinSession.getCurrent().getSession();
            var pending = (PairingRequest) session.getAttribute(PENDING);
            try {
                if (pending == null) {
                    ui.getPage().reload();
                } else if (fleet.isPaired(pending.code())) {
                    ui.getPage().setLocation("/kiosk/paired");
                }
            } catch (DataAccessException unreachable) {
                // The database is away; the next poll asks again.
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
