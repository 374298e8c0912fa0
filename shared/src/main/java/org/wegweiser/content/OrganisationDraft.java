package org.wegweiser.content;

import java.util.List;

/**
 * The organisation settings as the settings editor shows them: the German name, the logo's asset
 * name (empty when there is none), the colours, the languages in their order, the default
 * language, the time zone and the public base address of the QR codes.
 */
public record OrganisationDraft(int version, String name, String logo, String primaryColor, String accentColor,
                                List<LanguageChoice> languages, String defaultLanguage, String timeZone,
                                String publicBaseUrl) {

    public OrganisationDraft {
        languages = List.copyOf(languages);
    }

    /** One language and whether visitors are offered it. */
    public record LanguageChoice(String code, String nativeName, boolean enabled) {
        @Override
        public String toString() {
            return nativeName + (enabled ? "" : " (–)");
        }
    }

    public OrganisationDraft withLogo(String asset) {
        return new OrganisationDraft(version, name, asset, primaryColor, accentColor, languages, defaultLanguage,
                timeZone, publicBaseUrl);
    }
}
