package org.wegweiser.kiosk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The optional e-mail to staff when a kiosk goes offline during opening hours. Off unless both
 * {@code spring.mail.host} and {@code wegweiser.alerts.mail.to} are set.
 */
@Component
public class KioskAlerts {

    private static final Logger log = LoggerFactory.getLogger(KioskAlerts.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String to;
    private final String from;

    KioskAlerts(ObjectProvider<JavaMailSender> mail,
                @Value("${wegweiser.alerts.mail.to:}") String to,
                @Value("${wegweiser.alerts.mail.from:wegweiser@localhost}") String from) {
        this.mail = mail;
        this.to = to;
        this.from = from;
    }

    void offline(KioskStatus kiosk) {
        var sender = mail.getIfAvailable();
        if (sender == null || to.isBlank()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.split("\\s*,\\s*"));
        message.setSubject("Wegweiser: kiosk \"" + kiosk.setup().name() + "\" is offline");
        message.setText("The kiosk \"" + kiosk.setup().name() + "\" (site " + kiosk.setup().site()
                + ") has sent no heartbeat since " + kiosk.lastSeen() + ".\n"
                + "Please check its screen, power and network. The fleet list in Wegweiser Admin shows its state.");
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not send the offline alert for kiosk {}: {}", kiosk.setup().name(), e.getMessage());
        }
    }
}
