package org.wegweiser.kiosk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Objects;

/** Passes an open kiosk page's heartbeat on to the fleet, with the version of this kiosk-ui. */
@Component
public class KioskHeartbeat {

    private final KioskFleet fleet;
    private final Duration interval;
    private final String version;

    KioskHeartbeat(KioskFleet fleet, @Value("${wegweiser.kiosk.heartbeat-interval:PT60S}") Duration interval) {
        this.fleet = fleet;
        this.interval = interval;
        this.version = Objects.requireNonNullElse(KioskHeartbeat.class.getPackage().getImplementationVersion(), "dev");
    }

    /** How often the page calls; the fleet writes at most one heartbeat a minute anyway. */
    public long intervalMillis() {
        return interval.toMillis();
    }

    public Heartbeat.Answer beat(long kioskId, String screen, long secondsSinceLoad) {
        return fleet.heartbeat(kioskId, new Heartbeat(version, screen, secondsSinceLoad));
    }
}
