package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.kiosk.KioskSettings;
import org.wegweiser.kiosk.ThisKiosk;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.PublishedContent;

import java.util.Locale;
import java.util.Optional;

/**
 * What every kiosk page shares: the published content, the visitor's language from the URL
 * ({@code /kiosk/ar/…}) and rendering on every entry, so a language change or newly published
 * content re-renders the page in place. A page whose content no longer exists goes home.
 */
abstract class KioskPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final PublishedContent published;
    private final KioskSession kiosk;
    protected KioskSettings settings;
    protected ContentSnapshot content;
    protected ContentPackage.Language language;
    private String title = "";

    KioskPage(PublishedContent published, KioskSession kiosk) {
        this.published = published;
        this.kiosk = kiosk;
        addClassName("kiosk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var paired = settingsOfThisKiosk();
        if (paired.isEmpty()) {
            event.rerouteTo(PairingView.class);
            return;
        }
        settings = paired.get();
        var snapshot = snapshot(event);
        if (snapshot.isEmpty()) {
            notThere(event, null);
            return;
        }
        content = snapshot.get();
        String requested = event.getRouteParameters().get("lang").orElse(content.defaultLanguage());
        var offered = content.language(requested);
        if (offered.isEmpty()) {
            notThere(event, content.defaultLanguage());
            return;
        }
        language = offered.get();
        removeAll();
        getElement().setAttribute("lang", language.code());
        getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        Optional<String> pageTitle = render(event);
        if (pageTitle.isEmpty()) {
            notThere(event, language.code());
            return;
        }
        title = pageTitle.get();
    }

    /** The paired kiosk's settings; empty for a browser that is not a paired kiosk. */
    protected Optional<KioskSettings> settingsOfThisKiosk() {
        return kiosk.current().map(ThisKiosk::settings);
    }

    /** The content to show: the published one (a draft preview shows its own). */
    protected Optional<ContentSnapshot> snapshot(BeforeEnterEvent event) {
        return published.current();
    }

    /** Nothing to show: the attract screen without content, else home in the language. */
    protected void notThere(BeforeEnterEvent event, String languageCode) {
        if (languageCode == null) {
            event.forwardTo(AttractView.class);
        } else {
            event.forwardTo(HomeView.class, KioskContent.params(languageCode));
        }
    }

    /** Fills the page; returns its title, or empty when what the URL names does not exist (any more). */
    protected abstract Optional<String> render(BeforeEnterEvent event);

    protected String code() {
        return language.code();
    }

    protected Locale locale() {
        return Locale.forLanguageTag(language.code());
    }

    protected String t(String key, Object... params) {
        return getTranslation(locale(), key, params);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    protected static UI ui() {
        return UI.getCurrent();
    }

    protected static <T extends Component> T withClass(T component, String className) {
        component.addClassName(className);
        return component;
    }
}
