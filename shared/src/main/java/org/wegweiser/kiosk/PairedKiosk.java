package org.wegweiser.kiosk;

/** A kiosk whose credential was recognised: who it is and how it is set up. */
public record PairedKiosk(long id, KioskSetup setup) {
}
