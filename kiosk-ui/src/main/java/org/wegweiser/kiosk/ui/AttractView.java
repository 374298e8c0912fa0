package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.kiosk.KioskSettings;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.web.LogoImage;

import java.util.Locale;

/**
 * The attract screen: a welcome that cycles through the offered languages, and the language
 * tiles, so a visitor is one tap from their language. Languages are named in their own script.
 */
@Route(value = "kiosk", layout = KioskLayout.class)
class AttractView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedContent published;
    private final KioskSession kiosk;
    private final ContentAssets assets;
    private String title = "";

    AttractView(PublishedContent published, KioskSession kiosk, ContentAssets assets) {
        this.published = published;
        this.kiosk = kiosk;
        this.assets = assets;
        addClassName("kiosk-attract");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var paired = kiosk.current();
        if (paired.isEmpty()) {
            event.rerouteTo(PairingView.class);
            return;
        }
        KioskSettings settings = paired.get().settings();
        var snapshot = published.current();
        if (snapshot.isEmpty()) {
            title = getTranslation(Locale.GERMAN, "kiosk.unavailable");
            add(new H1(title));
            return;
        }
        var content = snapshot.get();
        var languages = KioskLanguages.offered(content, settings);
        title = getTranslation(Locale.forLanguageTag(content.defaultLanguage()), "kiosk.attract.welcome");

        var town = KioskContent.text(content, content.defaultLanguage(), content.organisation().name(), "kiosk-attract-town");
        LogoImage.of(assets, content.organisation().logo(), 120).ifPresent(logo -> {
            var image = new Image(logo.src(), town.getText());
            image.setWidth(logo.width() + "px");
            image.setHeight(logo.height() + "px");
            image.getElement().setAttribute("width", String.valueOf(logo.width()));
            image.getElement().setAttribute("height", String.valueOf(logo.height()));
            image.getElement().setAttribute("lang", content.defaultLanguage());
            image.addClassName("kiosk-attract-logo");
            // The picture carries the name for screen readers; the name beside it would be read twice.
            town.getElement().setAttribute("aria-hidden", "true");
            add(image);
        });
        add(town);
        var welcome = new H1();
        welcome.addClassName("kiosk-welcome");
        for (int i = 0; i < languages.size(); i++) {
            var language = languages.get(i);
            var line = new Span(getTranslation(Locale.forLanguageTag(language.code()), "kiosk.attract.welcome"));
            line.getElement().setAttribute("lang", language.code());
            line.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            line.setVisible(i == 0);
            welcome.add(line);
        }
        add(welcome);
        // One greeting after the other, three seconds each; stops when the visitor has left.
        welcome.getElement().executeJs("""
                const lines = Array.from(this.children);
                let shown = 0;
                const timer = setInterval(() => {
                  if (!this.isConnected) { clearInterval(timer); return; }
                  lines[shown].hidden = true;
                  shown = (shown + 1) % lines.length;
                  lines[shown].hidden = false;
                }, 3000);""");

        var tiles = new Nav();
        tiles.addClassName("kiosk-languages");
        tiles.getElement().setAttribute("aria-label", getTranslation(Locale.forLanguageTag(content.defaultLanguage()),
                "kiosk.language.choose"));
        for (var language : languages) {
            var link = new RouterLink(HomeView.class, KioskContent.params(language.code()));
            link.setText(language.nativeName());
            link.addClassName("kiosk-language");
            link.getElement().setAttribute("lang", language.code());
            link.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            tiles.add(link);
        }
        add(tiles);
        add(new Div(new Span(getTranslation(Locale.forLanguageTag(content.defaultLanguage()), "kiosk.attract.touch"))));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
