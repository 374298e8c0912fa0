package org.wegweiser.content;

import java.util.List;

/**
 * A site (a town hall, a citizens' office) as its editor shows it, the name in German.
 *
 * @param hours the weekly opening hours of the building, periods of days ({@code MONDAY}) with {@code HH:mm} times
 */
public record SiteDraft(String key, int version, String name, String street, String postalCode, String city,
                        List<ContentPackage.OpeningPeriod> hours) {

    public SiteDraft {
        hours = ContentPackage.copy(hours);
    }
}
