package org.wegweiser.kiosk;

/**
 * What a kiosk reports about itself, at most once a minute; nothing about visitors.
 *
 * @param softwareVersion    the kiosk-ui version that served the page
 * @param screenSize         the screen as the browser sees it, e.g. "1080x1920"
 * @param secondsSinceReload how long the page has been open
 */
public record Heartbeat(String softwareVersion, String screenSize, long secondsSinceReload) {

    public Heartbeat {
        softwareVersion = clip(softwareVersion);
        screenSize = clip(screenSize);
        secondsSinceReload = Math.max(0, secondsSinceReload);
    }

    private static String clip(String text) {
        return text == null ? null : text.length() > 40 ? text.substring(0, 40) : text;
    }

    /** The answer to a heartbeat: carry on, reload the page, or go back to pairing. */
    public enum Answer { CARRY_ON, RELOAD, UNPAIRED }
}
