package org.wegweiser.kiosk;

import org.wegweiser.content.ContentPackage;
import org.wegweiser.hours.OpeningHours;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * "Open now, closes at 12:30" and "Today: 08:00–12:30" in the visitor's language, for the
 * kiosk and the phone pages alike. Texts come from the kiosk bundle through {@code t}.
 */
public record HoursSummary(boolean known, boolean open, String state, String today,
                           ContentPackage.OpeningException exception) {

    // Times stay left to right inside Arabic and Persian sentences.
    private static final String ISOLATE = "\u2066%s\u2069";

    public static HoursSummary of(List<ContentPackage.OpeningPeriod> weekly,
                                  List<ContentPackage.OpeningException> exceptions, LocalDateTime now,
                                  Locale locale, BiFunction<String, Object[], String> t) {
        var hours = OpeningHours.of(weekly, exceptions);
        if (hours.isEmpty()) {
            return new HoursSummary(false, false, t.apply("kiosk.hours.unknown", new Object[0]), "", null);
        }
        var status = hours.statusAt(now);
        String state;
        if (status.open()) {
            state = t.apply("kiosk.hours.openUntil", new Object[]{time(status.closesAt())});
        } else if (status.nextOpening() == null) {
            state = t.apply("kiosk.hours.closed", new Object[0]);
        } else if (status.nextOpening().toLocalDate().equals(now.toLocalDate())) {
            state = t.apply("kiosk.hours.opensAt", new Object[]{time(status.nextOpening().toLocalTime())});
        } else {
            String day = status.nextOpening().getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
            state = t.apply("kiosk.hours.opensOn", new Object[]{day, time(status.nextOpening().toLocalTime())});
        }
        var ranges = hours.on(now.toLocalDate());
        String today = ranges.isEmpty() ? t.apply("kiosk.hours.todayClosed", new Object[0])
                : t.apply("kiosk.hours.today", new Object[]{ranges.stream()
                .map(r -> time(r.opens()) + "–" + time(r.closes())).collect(Collectors.joining(", "))});
        return new HoursSummary(true, status.open(), state, today, status.exception());
    }

    static String time(LocalTime time) {
        return ISOLATE.formatted(String.format("%02d:%02d", time.getHour(), time.getMinute()));
    }
}
