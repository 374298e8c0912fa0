package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.LocalizedText;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.PublishedContent;

import java.util.Locale;

/**
 * The kiosk's home screen in one language: the town, the language tiles (native names, no
 * flags) and the topic tiles with their pictograms. {@code /kiosk/ar} shows it in Arabic.
 */
@Route("kiosk")
class KioskHomeView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final PublishedContent published;
    private final ContentAssets assets;
    private String language;
    private String title = "";

    KioskHomeView(PublishedContent published, ContentAssets assets) {
        this.published = published;
        this.assets = assets;
        addClassName("kiosk-home");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String requested) {
        language = requested;
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        var snapshot = published.current();
        if (snapshot.isEmpty()) {
            var locale = Locale.GERMAN;
            title = getTranslation(locale, "kiosk.unavailable");
            add(new H1(title));
            setDocumentLanguage("de", false);
            return;
        }
        var content = snapshot.get();
        var current = content.language(language == null ? "" : language)
                .orElseGet(() -> content.language(content.defaultLanguage()).orElseThrow());
        language = current.code();
        var locale = Locale.forLanguageTag(current.code());
        setDocumentLanguage(current.code(), current.rightToLeft());

        var header = new Div();
        header.addClassName("kiosk-header");
        if (content.organisation().logo() != null) {
            var logo = new Image("/assets/" + content.organisation().logo(), "");
            logo.addClassName("kiosk-logo");
            header.add(logo);
        }
        var town = new Span();
        localized(town, content, content.organisation().name());
        town.addClassName("kiosk-town");
        header.add(town);
        add(header);

        title = getTranslation(locale, "kiosk.home.title");
        add(new H1(title));

        var languages = new Nav();
        languages.addClassName("kiosk-languages");
        languages.getElement().setAttribute("aria-label", getTranslation(locale, "kiosk.language.choose"));
        for (var offered : content.languages()) {
            var link = new RouterLink(offered.nativeName(), KioskHomeView.class, offered.code());
            link.addClassName("kiosk-language");
            link.getElement().setAttribute("lang", offered.code());
            link.getElement().setAttribute("dir", offered.rightToLeft() ? "rtl" : "ltr");
            if (offered.code().equals(current.code())) {
                link.getElement().setAttribute("aria-current", "true");
            }
            languages.add(link);
        }
        add(languages);

        add(new H2(getTranslation(locale, "kiosk.home.topics")));
        var topics = new Div();
        topics.addClassName("kiosk-topics");
        for (var topic : content.topics()) {
            var tile = new Div();
            tile.addClassName("kiosk-topic");
            var icon = new Span();
            icon.addClassName("kiosk-pictogram");
            icon.getElement().setAttribute("aria-hidden", "true");
            assets.pictogramSvg(topic.pictogram()).ifPresent(svg -> icon.getElement().setProperty("innerHTML", svg));
            var name = new Span();
            localized(name, content, topic.title());
            name.addClassName("kiosk-topic-title");
            tile.add(icon, name);
            topics.add(tile);
        }
        add(topics);
        add(new Paragraph(getTranslation(locale, "kiosk.home.revision", content.revision().number())));
    }

    /** Shows a content text with the lang and dir of the language it is actually in. */
    private void localized(HasElement target, ContentSnapshot content, LocalizedText text) {
        var shown = content.languageOf(text, language);
        target.getElement().setText(content.text(text, language));
        target.getElement().setAttribute("lang", shown.code());
        target.getElement().setAttribute("dir", shown.rightToLeft() ? "rtl" : "ltr");
    }

    private void setDocumentLanguage(String code, boolean rightToLeft) {
        getElement().setAttribute("lang", code);
        getElement().setAttribute("dir", rightToLeft ? "rtl" : "ltr");
        UI.getCurrent().getPage().executeJs(
                "document.documentElement.setAttribute('lang', $0); document.documentElement.setAttribute('dir', $1)",
                code, rightToLeft ? "rtl" : "ltr");
    }
}
