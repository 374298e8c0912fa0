package org.wegweiser.kiosk.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import org.wegweiser.i18n.MessageBundles;

import java.util.List;
import java.util.Locale;

/** Fixed kiosk text from vaadin-i18n/translations_*.properties, Easy German included. */
@Component
class KioskTranslations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";

    private final MessageBundles bundles = MessageBundles.of(BUNDLE);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.GERMAN, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return bundles.get(key, locale, params);
    }
}
