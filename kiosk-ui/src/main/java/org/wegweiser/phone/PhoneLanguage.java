package org.wegweiser.phone;

import org.wegweiser.content.ContentPackage;
import org.wegweiser.publishing.ContentSnapshot;

import java.util.List;
import java.util.Locale;

/** Which language a phone page speaks: {@code ?lang=}, else the browser's Accept-Language, else the default. */
final class PhoneLanguage {

    private PhoneLanguage() {
    }

    static ContentPackage.Language choose(ContentSnapshot content, String requested, String acceptLanguage) {
        if (requested != null) {
            var offered = content.language(requested);
            if (offered.isPresent()) {
                return offered.get();
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                var ranges = Locale.LanguageRange.parse(acceptLanguage);
                List<String> tags = content.languages().stream().map(ContentPackage.Language::code).toList();
                String match = Locale.lookupTag(ranges, tags);
                if (match != null) {
                    return content.language(match).orElseThrow();
                }
            } catch (IllegalArgumentException e) {
                // A malformed header is treated as absent.
            }
        }
        return content.language(content.defaultLanguage()).orElseThrow();
    }
}
