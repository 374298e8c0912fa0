package org.wegweiser.kiosk;

import java.time.Instant;

/** One kiosk as the fleet list shows it. {@code lastSeen} is null until its first heartbeat. */
public record KioskStatus(long id, int version, KioskSetup setup, boolean revoked, boolean online, Instant lastSeen,
                          String softwareVersion, String screenSize, Long secondsSinceReload, boolean reloadRequested) {
}
