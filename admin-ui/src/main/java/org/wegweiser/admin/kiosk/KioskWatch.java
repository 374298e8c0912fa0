package org.wegweiser.admin.kiosk;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wegweiser.kiosk.KioskFleet;
import org.wegweiser.user.SystemActor;

/** Notices kiosks that went offline (audit log, optional e-mail); admin-ui runs it, as kiosk-ui may not write the log. */
@Component
class KioskWatch {

    private final KioskFleet fleet;

    KioskWatch(KioskFleet fleet) {
        this.fleet = fleet;
    }

    @Scheduled(fixedDelayString = "${wegweiser.kiosk.offline-check:PT30S}", initialDelayString = "PT30S")
    void check() {
        SystemActor.run(fleet::reportOffline);
    }
}
