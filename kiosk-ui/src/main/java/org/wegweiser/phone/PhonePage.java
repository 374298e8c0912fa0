package org.wegweiser.phone;

import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.LocalizedText;
import org.wegweiser.i18n.BidiText;
import org.wegweiser.i18n.MessageBundles;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.web.LogoImage;

import java.util.List;
import java.util.Locale;

/**
 * What every phone page template gets: the language, fixed texts ({@code t.get(key)}),
 * content texts marked with their real language, the language switcher, and whether any
 * text had to fall back to German.
 */
public final class PhonePage {

    private final ContentSnapshot content;
    private final ContentPackage.Language language;
    private final MessageBundles bundles;
    private final String path;
    private final LogoImage logo;
    private boolean fallbackUsed;

    PhonePage(ContentSnapshot content, ContentPackage.Language language, MessageBundles bundles, String path,
              LogoImage logo) {
        this.content = content;
        this.language = language;
        this.bundles = bundles;
        this.path = path;
        this.logo = logo;
    }

    public record LanguageLink(String code, String name, String dir, String href, boolean current) {
    }

    public String lang() {
        return language.code();
    }

    public String dir() {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    public String get(String key, Object... params) {
        return bundles.get(key, Locale.forLanguageTag(language.code()), params);
    }

    public PhoneText text(LocalizedText text) {
        var shown = content.languageOf(text, language.code());
        if (!text.isEmpty() && !shown.code().equals(language.code())) {
            fallbackUsed = true;
        }
        String value = content.text(text, language.code());
        return new PhoneText(shown.rightToLeft() ? BidiText.isolateNumbers(value) : value, shown.code(),
                shown.rightToLeft() ? "rtl" : "ltr");
    }

    public boolean fallbackUsed() {
        return fallbackUsed;
    }

    /** The organisation's logo for the header, or null when it has none. */
    public LogoImage logo() {
        return logo;
    }

    /** The organisation's main colour, checked to carry white text (see ColourContrast); written into the CSS unescaped. */
    public String primaryColor() {
        String colour = content.organisation().primaryColor();
        return org.wegweiser.content.ColourContrast.isColour(colour) ? colour : "#0b4f8a";
    }

    public PhoneText town() {
        return text(content.organisation().name());
    }

    public List<LanguageLink> languages() {
        return content.languages().stream().map(l -> new LanguageLink(l.code(), l.nativeName(),
                l.rightToLeft() ? "rtl" : "ltr", path + "?lang=" + l.code(), l.code().equals(language.code()))).toList();
    }

    public String link(String prefix, String key) {
        return "/" + prefix + "/" + key + "?lang=" + language.code();
    }

    public String home() {
        return "/?lang=" + language.code();
    }
}
