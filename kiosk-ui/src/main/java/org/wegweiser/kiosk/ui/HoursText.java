package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.hours.OpeningHours;
import org.wegweiser.publishing.ContentSnapshot;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;

/** "Open now, closes at 12:30" and today's hours, in the visitor's language. */
final class HoursText {

    // Times stay left-to-right inside Arabic and Persian sentences.
    private static final String ISOLATE = "\u2066%s\u2069";

    private HoursText() {
    }

    static Div today(KioskPage page, ContentSnapshot content, List<ContentPackage.OpeningPeriod> weekly,
                     List<ContentPackage.OpeningException> exceptions, LocalDateTime now) {
        var hours = OpeningHours.of(weekly, exceptions);
        var box = new Div();
        box.addClassName("kiosk-hours");
        if (hours.isEmpty()) {
            box.add(new Span(page.t("kiosk.hours.unknown")));
            return box;
        }
        var status = hours.statusAt(now);
        var state = new Span();
        state.addClassNames("kiosk-hours-state", status.open() ? "open" : "closed");
        if (status.open()) {
            state.setText(page.t("kiosk.hours.openUntil", time(status.closesAt())));
        } else if (status.nextOpening() == null) {
            state.setText(page.t("kiosk.hours.closed"));
        } else if (status.nextOpening().toLocalDate().equals(now.toLocalDate())) {
            state.setText(page.t("kiosk.hours.opensAt", time(status.nextOpening().toLocalTime())));
        } else {
            String day = status.nextOpening().getDayOfWeek().getDisplayName(TextStyle.FULL, page.locale());
            state.setText(page.t("kiosk.hours.opensOn", day, time(status.nextOpening().toLocalTime())));
        }
        var ranges = hours.on(now.toLocalDate());
        var today = new Span(ranges.isEmpty() ? page.t("kiosk.hours.todayClosed")
                : page.t("kiosk.hours.today", ranges.stream()
                .map(r -> time(r.opens()) + "–" + time(r.closes())).collect(Collectors.joining(", "))));
        today.addClassName("kiosk-hours-today");
        box.add(state, today);
        if (status.exception() != null && !status.exception().note().isEmpty()) {
            box.add(KioskContent.text(content, page.code(), status.exception().note(), "kiosk-hours-note"));
        }
        return box;
    }

    static String time(LocalTime time) {
        return ISOLATE.formatted(String.format("%02d:%02d", time.getHour(), time.getMinute()));
    }
}
