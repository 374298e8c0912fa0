package org.wegweiser.kiosk.ui;

import org.wegweiser.content.ContentPackage;
import org.wegweiser.kiosk.KioskSettings;
import org.wegweiser.publishing.ContentSnapshot;

import java.util.List;

/** The languages this kiosk offers: its own list in its order, or every published language. */
final class KioskLanguages {

    private KioskLanguages() {
    }

    static List<ContentPackage.Language> offered(ContentSnapshot content, KioskSettings settings) {
        if (settings.languages().isEmpty()) {
            return content.languages();
        }
        var offered = settings.languages().stream().map(content::language).flatMap(java.util.Optional::stream).toList();
        return offered.isEmpty() ? content.languages() : offered;
    }
}
