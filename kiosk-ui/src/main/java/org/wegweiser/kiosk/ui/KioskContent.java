package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.LocalizedText;
import org.wegweiser.i18n.BidiText;
import org.wegweiser.publishing.ContentSnapshot;

/** Small building blocks every kiosk page uses: content text with its lang and dir, pictograms, tiles. */
final class KioskContent {

    private KioskContent() {
    }

    /** The text in the visitor's language (or the fallback), marked with the language it is really in. */
    static Span text(ContentSnapshot content, String language, LocalizedText text, String className) {
        var span = new Span();
        mark(span, content, language, text);
        String shown = content.text(text, language);
        span.getElement().setText(content.languageOf(text, language).rightToLeft() ? BidiText.isolateNumbers(shown) : shown);
        if (className != null) {
            span.addClassName(className);
        }
        return span;
    }

    static void mark(HasElement target, ContentSnapshot content, String language, LocalizedText text) {
        var shown = content.languageOf(text, language);
        target.getElement().setAttribute("lang", shown.code());
        target.getElement().setAttribute("dir", shown.rightToLeft() ? "rtl" : "ltr");
    }

    static Span pictogram(ContentAssets assets, String name) {
        var icon = new Span();
        icon.addClassName("kiosk-pictogram");
        icon.getElement().setAttribute("aria-hidden", "true");
        if (name != null) {
            assets.pictogramSvg(name).ifPresent(svg -> icon.getElement().setProperty("innerHTML", svg));
        }
        return icon;
    }

    /** A big tile that leads to another kiosk page. */
    static RouterLink tile(Component icon, Component label, Class<? extends Component> target, RouteParameters parameters) {
        var link = new RouterLink(target, parameters);
        link.addClassName("kiosk-tile");
        label.addClassName("kiosk-tile-title");
        link.add(icon, label);
        return link;
    }

    /** Services as tiles that lead to their pages. */
    static com.vaadin.flow.component.html.Div serviceTiles(ContentSnapshot content, String language, ContentAssets assets,
                                                          java.util.List<org.wegweiser.content.ContentPackage.Service> services) {
        var tiles = new com.vaadin.flow.component.html.Div();
        tiles.addClassNames("kiosk-tiles", "kiosk-services");
        for (var service : services) {
            tiles.add(tile(pictogram(assets, service.pictogram()), text(content, language, service.title(), null),
                    ServiceView.class, params(language, "service", service.key())));
        }
        return tiles;
    }

    static RouteParameters params(String language, String name, String value) {
        return new RouteParameters(java.util.Map.of("lang", language, name, value));
    }

    static RouteParameters params(String language) {
        return new RouteParameters("lang", language);
    }
}
