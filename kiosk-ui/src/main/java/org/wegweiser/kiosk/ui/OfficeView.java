package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.publishing.PublishedContent;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** An office from the A–Z: where it is, its hours today, how to reach it, and its services. */
@Route(value = "kiosk/:lang/office/:office", layout = KioskLayout.class)
class OfficeView extends KioskPage {

    private final ContentAssets assets;
    private final Clock clock;

    OfficeView(PublishedContent published, ContentAssets assets, Clock clock, KioskSession kiosk) {
        super(published, kiosk);
        this.assets = assets;
        this.clock = clock;
        addClassName("kiosk-office");
    }

    @Override
    protected Optional<String> render(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get("office").flatMap(content::office);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var office = found.get();
        add(new H1(KioskContent.text(content, code(), office.name(), null)));
        if (!office.description().isEmpty()) {
            add(withClass(new Paragraph(KioskContent.text(content, code(), office.description(), null)), "kiosk-summary"));
        }
        var where = new Section();
        where.addClassNames("kiosk-section", "kiosk-where");
        where.add(new H2(t("kiosk.service.whereToGo")));
        var rooms = new UnorderedList();
        rooms.addClassName("kiosk-office-rooms");
        for (var roomKey : office.rooms()) {
            content.room(roomKey).ifPresent(place -> {
                var item = new ListItem();
                item.add(withClass(new Span(t("kiosk.service.room", "\u2066" + place.room().number() + "\u2069")),
                        "kiosk-where-room"));
                item.add(KioskContent.text(content, code(), place.floor().name(), "kiosk-where-floor"));
                item.add(KioskContent.text(content, code(), place.building().name(), "kiosk-where-building"));
                item.add(KioskContent.text(content, code(), place.site().name(), "kiosk-where-site"));
                rooms.add(item);
            });
        }
        where.add(rooms);
        add(where);

        var hours = new Section();
        hours.addClassName("kiosk-section");
        hours.add(new H2(t("kiosk.service.hours")), HoursText.today(this, content, office.openingHours(),
                office.exceptions(), LocalDateTime.now(clock.withZone(content.timeZone()))));
        if (office.phone() != null) {
            hours.add(new Paragraph(t("kiosk.office.phone", "\u2066" + office.phone() + "\u2069")));
        }
        add(hours);

        var services = content.services().stream().filter(s -> office.key().equals(s.office())).toList();
        if (!services.isEmpty()) {
            add(new H2(t("kiosk.office.services")));
            var tiles = KioskContent.serviceTiles(content, code(), assets, services);
            add(tiles);
        }
        return Optional.of(content.text(office.name(), code()));
    }
}
