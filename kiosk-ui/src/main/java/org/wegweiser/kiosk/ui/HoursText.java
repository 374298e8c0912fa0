package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.kiosk.HoursSummary;
import org.wegweiser.publishing.ContentSnapshot;

import java.time.LocalDateTime;
import java.util.List;

/** Opening hours on a kiosk page: open now or not, and today's hours. */
final class HoursText {

    private HoursText() {
    }

    static Div today(KioskPage page, ContentSnapshot content, List<ContentPackage.OpeningPeriod> weekly,
                     List<ContentPackage.OpeningException> exceptions, LocalDateTime now) {
        var summary = HoursSummary.of(weekly, exceptions, now, page.locale(), page::t);
        var box = new Div();
        box.addClassName("kiosk-hours");
        var state = new Span(summary.state());
        box.add(state);
        if (!summary.known()) {
            return box;
        }
        state.addClassNames("kiosk-hours-state", summary.open() ? "open" : "closed");
        var today = new Span(summary.today());
        today.addClassName("kiosk-hours-today");
        box.add(today);
        if (summary.exception() != null && !summary.exception().note().isEmpty()) {
            box.add(KioskContent.text(content, page.code(), summary.exception().note(), "kiosk-hours-note"));
        }
        return box;
    }
}
