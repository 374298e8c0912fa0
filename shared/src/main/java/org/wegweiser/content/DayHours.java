package org.wegweiser.content;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One day's opening hours as staff type them: {@code 08:00–12:00, 14:00–18:00}; empty means closed. */
public final class DayHours {

    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:-|–|bis)\\s*(\\d{1,2})(?:[:.](\\d{2}))?");

    private DayHours() {
    }

    /** @throws IllegalArgumentException when a period cannot be read or closes before it opens */
    public static List<ContentPackage.OpeningPeriod> parse(DayOfWeek day, String text) {
        var periods = new ArrayList<ContentPackage.OpeningPeriod>();
        if (text == null || text.isBlank()) {
            return periods;
        }
        LocalTime previous = null;
        for (String part : text.split("[,;]")) {
            var matcher = PERIOD.matcher(part.strip().toLowerCase(Locale.ROOT));
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a period: " + part.strip());
            }
            LocalTime opens = time(matcher.group(1), matcher.group(2));
            LocalTime closes = time(matcher.group(3), matcher.group(4));
            if (!closes.isAfter(opens) || (previous != null && opens.isBefore(previous))) {
                throw new IllegalArgumentException("closes before it opens: " + part.strip());
            }
            previous = closes;
            periods.add(new ContentPackage.OpeningPeriod(day.name(), opens.toString(), closes.toString()));
        }
        return periods;
    }

    public static String format(DayOfWeek day, List<ContentPackage.OpeningPeriod> week) {
        return week.stream().filter(p -> p.day().equals(day.name())).map(p -> p.opens() + "–" + p.closes())
                .collect(Collectors.joining(", "));
    }

    private static LocalTime time(String hours, String minutes) {
        try {
            return LocalTime.of(Integer.parseInt(hours), minutes == null ? 0 : Integer.parseInt(minutes));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a time: " + hours + ":" + minutes, e);
        }
    }

}
