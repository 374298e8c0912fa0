package org.wegweiser.admin.kiosk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.kiosk.KioskSetup;
import org.wegweiser.user.SystemActor;

import java.util.List;

/**
 * The demo's pre-paired kiosk, so a new user sees the kiosk at once: "Foyer Rathaus" gets a new
 * credential on every start, and the printed link hands it to whichever browser opens it.
 */
@Component
@ConditionalOnProperty(name = "wegweiser.demo.kiosk", havingValue = "true")
public class DemoKiosk {

    private final KioskFleet fleet;
    private final String kioskUrl;

    DemoKiosk(KioskFleet fleet, @Value("${wegweiser.kiosk.url:http://localhost:8080/kiosk}") String kioskUrl) {
        this.fleet = fleet;
        this.kioskUrl = kioskUrl;
    }

    /** Pairs (or re-keys) the demo kiosk and returns the link that opens it. */
    public String openLink() {
        String secret = SystemActor.call(() -> fleet.issueCredential(new KioskSetup("Foyer Rathaus", "rathaus",
                "rathaus-eg", 0.5, 0.9, 60, List.of()), SystemActor.NAME));
        return kioskUrl + "/open/" + secret;
    }
}
