package org.wegweiser.kiosk;

/**
 * The paired kiosk a browser belongs to. {@code id} is null when its credential could not be
 * checked (the database has been down since kiosk-ui started); it then works with the configured
 * fallback settings and sends no heartbeat.
 */
public record ThisKiosk(Long id, KioskSettings settings) {
}
