package org.wegweiser.admin;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;
import org.wegweiser.i18n.MessageBundles;

import java.util.List;
import java.util.Locale;

/** Fixed admin text from vaadin-i18n/translations_*.properties: German, and English for everyone else. */
@Component
class AdminTranslations implements I18NProvider {

    private final MessageBundles bundles = MessageBundles.of("vaadin-i18n/translations");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.GERMAN, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return bundles.get(key, locale, params);
    }
}
