package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An unattended kiosk never shows Vaadin's "session expired", "out of sync" or error boxes:
 * every such case reloads the kiosk silently, and an unexpected server error is logged and
 * sends the kiosk back to its attract screen.
 */
@Component
class KioskServiceSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(KioskServiceSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setInternalErrorNotificationEnabled(false);
        messages.setCookiesDisabledNotificationEnabled(false);
        messages.setSessionExpiredURL(null);
        messages.setInternalErrorURL(null);
        event.getSource().setSystemMessagesProvider(info -> messages);
        // Each page load tells which kiosk this browser is (its credential cookie), if any.
        event.getSource().addUIInitListener(init -> {
            KioskSession.pageLoaded(init.getUI().getSession(), com.vaadin.flow.server.VaadinRequest.getCurrent());
            // The connection indicator stays hidden behind "One moment, please", and holds no error
            // text either; it retries every two seconds and never gives up.
            var reconnect = init.getUI().getReconnectDialogConfiguration();
            String calm = init.getUI().getTranslation(java.util.Locale.GERMAN, "kiosk.offline");
            reconnect.setDialogText(calm);
            reconnect.setDialogTextGaveUp(calm);
            reconnect.setReconnectInterval(2000);
            reconnect.setReconnectAttempts(Integer.MAX_VALUE);
        });
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            log.error("Unexpected error on a kiosk; returning it to the attract screen", error.getThrowable());
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.navigate(AttractView.class);
            }
        }));
    }
}
