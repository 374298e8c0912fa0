package org.wegweiser.phone;

import org.springframework.ui.Model;
import org.wegweiser.i18n.MessageBundles;
import org.wegweiser.publishing.ContentSnapshot;

import java.util.List;
import java.util.Locale;

/** A friendly "not found" in several languages at once, since we do not know the visitor's. */
final class NotFoundPage {

    record Line(String lang, String dir, String title, String text, String home) {
    }

    private static final List<String> LANGUAGES = List.of("de", "en", "ar", "uk", "tr", "fa", "ru");

    private NotFoundPage() {
    }

    static String render(Model model, ContentSnapshot content, MessageBundles bundles) {
        return render(model, bundles, "phone.notFound");
    }

    /** The same page saying "too many requests, try again in a minute" (HTTP 429). */
    static String renderBusy(Model model, MessageBundles bundles) {
        return render(model, bundles, "phone.busy");
    }

    private static String render(Model model, MessageBundles bundles, String keys) {
        model.addAttribute("lines", LANGUAGES.stream().map(code -> {
            var locale = Locale.forLanguageTag(code);
            boolean rtl = code.equals("ar") || code.equals("fa");
            return new Line(code, rtl ? "rtl" : "ltr", bundles.get(keys + ".title", locale),
                    bundles.get(keys + ".text", locale), "/?lang=" + code);
        }).toList());
        return "phone/not-found";
    }
}
