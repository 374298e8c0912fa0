package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.kiosk.Directions;
import org.wegweiser.publishing.ContentSnapshot.RoomPlace;
import org.wegweiser.publishing.PublishedContent;

import java.time.Clock;
import java.time.LocalDateTime;

import java.util.Optional;

/**
 * The page a visitor came for: where to go (in very large type, with directions from this
 * kiosk and the floor plan) and what to bring, then hours, fees, appointments, and a QR code
 * that opens the same page on their phone.
 */
@Route(value = "kiosk/:lang/service/:service", layout = KioskLayout.class)
class ServiceView extends KioskPage {

    private final ContentAssets assets;
    private final Clock clock;

    ServiceView(PublishedContent published, ContentAssets assets, KioskSession kiosk, Clock clock) {
        super(published, kiosk);
        this.assets = assets;
        this.clock = clock;
        addClassName("kiosk-service");
    }

    @Override
    protected Optional<String> render(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get("service").flatMap(content::service);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var service = found.get();
        var now = LocalDateTime.now(clock.withZone(content.timeZone()));
        var office = content.office(service.office());

        var heading = new H1();
        heading.add(KioskContent.pictogram(assets, service.pictogram()),
                KioskContent.text(content, code(), service.title(), null));
        add(heading);
        add(withClass(new Paragraph(KioskContent.text(content, code(), service.summary(), null)), "kiosk-summary"));

        var readAloud = new Button(t("kiosk.service.readAloud"), e -> readAloud());
        readAloud.addClassName("kiosk-read-aloud");
        readAloud.setPrefixComponent(KioskContent.pictogram(assets, "speaker"));
        add(readAloud);

        add(whereToGo(service, office));
        add(whatToBring(service));

        office.ifPresent(o -> {
            var hours = new Section();
            hours.addClassName("kiosk-section");
            var h = new H2();
            h.add(new Span(t("kiosk.service.hours") + " "), KioskContent.text(content, code(), o.name(), null));
            hours.add(h, HoursText.today(this, content, o.openingHours(), o.exceptions(), now));
            add(hours);
        });

        var facts = new Section();
        facts.addClassName("kiosk-section");
        if (!service.fees().isEmpty()) {
            facts.add(new H2(t("kiosk.service.fees")), withClass(new Paragraph(
                    KioskContent.text(content, code(), service.fees(), null)), "kiosk-fees"));
        }
        facts.add(new H2(t("kiosk.service.appointment")));
        facts.add(new Paragraph(t(service.appointmentRequired() ? "kiosk.service.appointmentNeeded"
                : "kiosk.service.appointmentNotNeeded")));
        var codes = new Div();
        codes.addClassName("kiosk-qr-row");
        office.ifPresent(o -> {
            if (o.appointmentPhone() != null) {
                facts.add(new Paragraph(t("kiosk.service.appointmentPhone", "\u2066" + o.appointmentPhone() + "\u2069")));
            }
            if (service.appointmentRequired() && o.appointmentUrl() != null) {
                codes.add(QrImage.of(o.appointmentUrl(), t("kiosk.service.appointmentOnline"), "kiosk-qr-appointment"));
            }
        });
        if (service.onlineUrl() != null) {
            codes.add(QrImage.of(service.onlineUrl(), t("kiosk.service.online"), "kiosk-qr-online"));
        }
        codes.add(QrImage.of(phoneUrl(service), t("kiosk.service.takeWithYou"), "kiosk-qr-take-away"));
        facts.add(codes);
        add(facts);
        return Optional.of(content.text(service.title(), code()));
    }

    private Section whereToGo(ContentPackage.Service service, Optional<ContentPackage.Office> office) {
        var section = new Section();
        section.addClassNames("kiosk-section", "kiosk-where");
        section.add(new H2(t("kiosk.service.whereToGo")));
        var place = place(service);
        place.ifPresent(p -> {
            var card = new Div();
            card.addClassName("kiosk-where-card");
            var room = new Span(t("kiosk.service.room", "\u2066" + p.room().number() + "\u2069"));
            room.addClassName("kiosk-where-room");
            card.add(room);
            if (!p.room().name().isEmpty()) {
                card.add(KioskContent.text(content, code(), p.room().name(), "kiosk-where-room-name"));
            }
            card.add(KioskContent.text(content, code(), p.floor().name(), "kiosk-where-floor"));
            card.add(KioskContent.text(content, code(), p.building().name(), "kiosk-where-building"));
            if (!p.site().key().equals(settings.site())) {
                card.add(KioskContent.text(content, code(), p.site().name(), "kiosk-where-site"));
            }
            office.ifPresent(o -> card.add(KioskContent.text(content, code(), o.name(), "kiosk-where-office")));
            section.add(card);
            section.add(directions(p));
            section.add(floorPlan(p));
        });
        content.partnerPlace(service.partnerPlace()).ifPresent(partner -> {
            var card = new Div();
            card.addClassNames("kiosk-where-card", "kiosk-partner");
            card.add(new H3(KioskContent.text(content, code(), partner.name(), null)));
            card.add(new Span(String.join(", ", partner.street() == null ? "" : partner.street(),
                    (partner.postalCode() == null ? "" : partner.postalCode()) + " "
                            + (partner.city() == null ? "" : partner.city()))));
            if (!partner.directions().isEmpty()) {
                card.add(withClass(new Paragraph(KioskContent.text(content, code(), partner.directions(), null)),
                        "kiosk-partner-directions"));
            }
            if (partner.mapUrl() != null) {
                card.add(QrImage.of(partner.mapUrl(), t("kiosk.service.map"), "kiosk-qr-map"));
            }
            section.add(card);
        });
        if (place.isEmpty() && service.partnerPlace() == null) {
            section.add(new Paragraph(t("kiosk.service.askInformation")));
        }
        return section;
    }

    /** The room at this kiosk's site if there is one, else the first room the service names. */
    private Optional<RoomPlace> place(ContentPackage.Service service) {
        var places = service.rooms().stream().map(content::room).flatMap(Optional::stream).toList();
        return places.stream().filter(p -> p.site().key().equals(settings.site())).findFirst()
                .or(() -> places.stream().findFirst());
    }

    private Div directions(RoomPlace place) {
        var box = new Div();
        box.addClassName("kiosk-directions");
        for (var way : Directions.to(content, settings, place, code())) {
            var wayBox = new Div();
            wayBox.addClassNames("kiosk-way", way.stepFree() ? "step-free" : "stairs");
            var title = new H3();
            title.add(KioskContent.pictogram(assets, way.stepFree() ? "wheelchair" : "stairs"),
                    new Span(t(way.stepFree() ? "kiosk.directions.stepFreeWay" : "kiosk.directions.stairsWay")));
            var steps = new OrderedList();
            for (var step : way.steps()) {
                steps.add(new ListItem(t(step.key(), step.args().toArray())));
            }
            wayBox.add(title, steps);
            box.add(wayBox);
        }
        return box;
    }

    private Div floorPlan(RoomPlace place) {
        var plan = new Div();
        plan.addClassName("kiosk-plan");
        if (place.floor().planImage() == null) {
            return plan;
        }
        var image = new Image("/assets/" + place.floor().planImage(),
                t("kiosk.service.planAlt", content.text(place.floor().name(), code()), place.room().number()));
        plan.add(image);
        if (place.room().x() != null && place.room().y() != null) {
            plan.add(marker("kiosk-plan-room", place.room().x(), place.room().y(), place.room().number()));
        }
        if (place.floor().key().equals(settings.floor())) {
            plan.add(marker("kiosk-plan-here", settings.x(), settings.y(), t("kiosk.service.youAreHere")));
        }
        return plan;
    }

    private static Span marker(String className, double x, double y, String label) {
        var marker = new Span(label);
        marker.addClassNames("kiosk-plan-marker", className);
        // Plans are drawn left to right whatever the page direction, so "left" is meant literally.
        marker.getStyle().set("left", (x * 100) + "%").set("top", (y * 100) + "%");
        return marker;
    }

    private Section whatToBring(ContentPackage.Service service) {
        var section = new Section();
        section.addClassNames("kiosk-section", "kiosk-bring");
        section.add(new H2(t("kiosk.service.whatToBring")));
        var list = new OrderedList();
        list.addClassName("kiosk-checklist");
        for (var item : service.checklist()) {
            content.documentType(item.documentType()).ifPresent(type -> {
                var entry = new ListItem();
                entry.add(KioskContent.pictogram(assets, type.pictogram()));
                var text = new Div(KioskContent.text(content, code(), type.name(), "kiosk-checklist-name"));
                if (item.optional()) {
                    text.add(withClass(new Span(t("kiosk.service.ifApplicable")), "kiosk-checklist-optional"));
                }
                if (!item.note().isEmpty()) {
                    text.add(KioskContent.text(content, code(), item.note(), "kiosk-checklist-note"));
                }
                entry.add(text);
                list.add(entry);
            });
        }
        section.add(list);
        return section;
    }

    private String phoneUrl(ContentPackage.Service service) {
        String base = content.organisation().publicBaseUrl().replaceAll("/+$", "");
        return base + "/s/" + service.key() + "?lang=" + code();
    }

    private void readAloud() {
        getElement().executeJs("""
                const text = Array.from(this.querySelectorAll('h1, h2, .kiosk-summary, .kiosk-where-card > span, \
                .kiosk-directions li, .kiosk-checklist li, .kiosk-hours span, .kiosk-fees'))
                  .map(e => e.innerText.replace(/[\\u2066-\\u2069]/g, '')).join('. ');
                speechSynthesis.cancel();
                const utterance = new SpeechSynthesisUtterance(text);
                utterance.lang = $0;
                speechSynthesis.speak(utterance);""", locale().getLanguage());
    }

}
