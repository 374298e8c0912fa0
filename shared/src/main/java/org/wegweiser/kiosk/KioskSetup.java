package org.wegweiser.kiosk;

import java.util.List;

/**
 * What an administrator decides for one kiosk.
 *
 * @param name        how staff call it ("Foyer Rathaus")
 * @param site        key of the published site it stands in
 * @param floor       key of the floor it stands on ("you are here"), or null
 * @param x           its position on that floor's plan, 0–1 from the left
 * @param y           its position on that floor's plan, 0–1 from the top
 * @param idleSeconds seconds without a touch before the kiosk asks "Need more time?"
 * @param languages   languages offered, in order; empty offers every published language
 */
public record KioskSetup(String name, String site, String floor, double x, double y, int idleSeconds,
                         List<String> languages) {

    public KioskSetup {
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A kiosk needs a name");
        }
        if (site == null || site.isBlank()) {
            throw new IllegalArgumentException("A kiosk needs a site");
        }
        if (x < 0 || x > 1 || y < 0 || y > 1) {
            throw new IllegalArgumentException("The position lies between 0 and 1");
        }
        if (idleSeconds < 1 || idleSeconds > 3600) {
            throw new IllegalArgumentException("The idle time lies between 1 and 3600 seconds");
        }
        name = name.strip();
    }
}
