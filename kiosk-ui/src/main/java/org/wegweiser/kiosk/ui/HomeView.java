package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.publishing.PublishedContent;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Home in one language: search, topics, the A–Z, today's hours of this site and current announcements. */
@Route(value = "kiosk/:lang", layout = KioskLayout.class)
class HomeView extends KioskPage {

    private final ContentAssets assets;
    private final Clock clock;

    HomeView(PublishedContent published, ContentAssets assets, KioskSession kiosk, Clock clock) {
        super(published, kiosk);
        this.assets = assets;
        this.clock = clock;
        addClassName("kiosk-home");
    }

    @Override
    protected Optional<String> render(BeforeEnterEvent event) {
        var now = LocalDateTime.now(clock.withZone(content.timeZone()));
        for (var announcement : content.announcements(settings.site(), now)) {
            var banner = new Div(KioskContent.text(content, code(), announcement.text(), null));
            banner.addClassName("kiosk-announcement");
            banner.getElement().setAttribute("role", "note");
            add(banner);
        }
        String title = t("kiosk.home.title");
        add(new H1(title));

        var actions = new Div();
        actions.addClassName("kiosk-actions");
        var search = new RouterLink(SearchView.class, KioskContent.params(code()));
        search.addClassNames("kiosk-action", "kiosk-search-link");
        search.add(KioskContent.pictogram(assets, "search"), new Span(t("kiosk.search.open")));
        var directory = new RouterLink(DirectoryView.class, KioskContent.params(code()));
        directory.addClassNames("kiosk-action", "kiosk-directory-link");
        directory.add(KioskContent.pictogram(assets, "location-pin"), new Span(t("kiosk.directory.open")));
        actions.add(search, directory);
        add(actions);

        add(new H2(t("kiosk.home.topics")));
        var topics = new Div();
        topics.addClassNames("kiosk-tiles", "kiosk-topics");
        for (var topic : content.topics()) {
            topics.add(KioskContent.tile(KioskContent.pictogram(assets, topic.pictogram()),
                    KioskContent.text(content, code(), topic.title(), null), TopicView.class,
                    KioskContent.params(code(), "topic", topic.key())));
        }
        add(topics);

        content.content().sites().stream().filter(site -> site.key().equals(settings.site())).findFirst()
                .ifPresent(site -> {
                    var hours = new Section();
                    hours.addClassName("kiosk-site-hours");
                    var heading = new H2();
                    heading.add(new Span(t("kiosk.hours.site") + " "), KioskContent.text(content, code(), site.name(), null));
                    hours.add(heading, HoursText.today(this, content, site.openingHours(), java.util.List.of(), now));
                    add(hours);
                });
        return Optional.of(title);
    }
}
