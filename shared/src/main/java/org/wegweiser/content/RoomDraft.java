package org.wegweiser.content;

/**
 * A room on a floor as its editor shows it, the name in German.
 *
 * @param x where the room is on its floor's plan, a fraction of the plan's width from the left (0 to 1),
 *          null when not placed; the kiosk and the phone pages put their marker there
 * @param y the same from the top, a fraction of the plan's height
 */
public record RoomDraft(String key, int version, String floor, String number, String name, Double x, Double y,
                        boolean stepFree) {
}
