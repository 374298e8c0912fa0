package org.wegweiser.content;

import java.util.List;

/**
 * A banner with a validity window, as its editor shows it.
 *
 * @param validFrom  local date and time, {@code yyyy-MM-ddTHH:mm}
 * @param sites      the sites it is shown at; none means everywhere
 */
public record AnnouncementDraft(String key, int version, String text, String validFrom, String validUntil,
                                List<String> sites) {

    public AnnouncementDraft {
        sites = ContentPackage.copy(sites);
    }
}
