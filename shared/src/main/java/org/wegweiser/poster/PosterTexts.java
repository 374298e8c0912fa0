package org.wegweiser.poster;

import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackage.OpeningPeriod;
import org.wegweiser.hours.OpeningHours;
import org.wegweiser.hours.OpeningHours.TimeRange;
import org.wegweiser.i18n.BidiText;
import org.wegweiser.i18n.MessageBundles;
import org.wegweiser.publishing.ContentSnapshot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a poster says in one language: headline, call to action, where to go, opening hours. */
final class PosterTexts {

    static final MessageBundles BUNDLE = MessageBundles.of("poster-i18n/poster");
    /** Between the parts of a line; the no-break space keeps the dot off the start of a line. */
    private static final String SEPARATOR = "\u00A0· ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Any Monday: the weekly summary leaves exceptions out, so the date does not matter. */
    private static final LocalDate A_MONDAY = LocalDate.of(2024, 1, 1);

    /**
     * @param where the room, floor and building, or null
     * @param hours the weekly hours with their label, or null
     */
    record Block(String language, boolean rightToLeft, String headline, String callToAction, String where,
                 String hours) {
    }

    private PosterTexts() {
    }

    static Block block(ContentSnapshot content, Poster poster, String language) {
        Locale locale = bundleLocale(content, language);
        boolean rtl = rightToLeft(content, language);
        PosterTarget target = poster.target();
        String headline;
        String cta;
        String roomKey = null;
        List<OpeningPeriod> periods = List.of();
        switch (target.type()) {
            case SERVICE -> {
                var service = content.service(target.key()).orElseThrow(() -> missing(target));
                headline = content.text(service.title(), language);
                cta = BUNDLE.get("poster.cta.service", locale);
                var office = content.office(service.office());
                roomKey = service.rooms().isEmpty()
                        ? office.flatMap(o -> o.rooms().stream().findFirst()).orElse(null)
                        : service.rooms().getFirst();
                periods = office.map(ContentPackage.Office::openingHours).orElse(List.of());
            }
            case TOPIC -> {
                var topic = content.topic(target.key()).orElseThrow(() -> missing(target));
                headline = content.text(topic.title(), language);
                cta = BUNDLE.get("poster.cta.topic", locale);
            }
            case OFFICE -> {
                var office = content.office(target.key()).orElseThrow(() -> missing(target));
                headline = content.text(office.name(), language);
                cta = BUNDLE.get("poster.cta.office", locale);
                roomKey = office.rooms().stream().findFirst().orElse(null);
                periods = office.openingHours();
            }
            case HOME -> {
                headline = content.text(content.organisation().name(), language);
                cta = BUNDLE.get("poster.cta.home", locale);
            }
            default -> throw new IllegalStateException("Unknown target type " + target.type());
        }
        String where = Optional.ofNullable(roomKey).flatMap(content::room)
                .map(place -> where(content, place, language, locale)).orElse(null);
        String hours = weeklyHours(periods, locale);
        if (hours != null) {
            hours = BUNDLE.get("poster.hours", locale) + ": " + hours;
        }
        if (rtl) {
            // Time ranges and room numbers must stay "08:00–12:30" inside Arabic and Persian text.
            where = BidiText.isolateNumbers(where);
            hours = BidiText.isolateNumbers(hours);
        }
        return new Block(language, rtl, headline, cta, where, hours);
    }

    /** The language's own poster text, or the default language's when there is no bundle for it. */
    static Locale bundleLocale(ContentSnapshot content, String language) {
        Locale locale = Locale.forLanguageTag(language);
        if (BUNDLE.file(locale.toLanguageTag()).isPresent() || BUNDLE.file(locale.getLanguage()).isPresent()) {
            return locale;
        }
        return Locale.forLanguageTag(content.defaultLanguage());
    }

    static boolean rightToLeft(ContentSnapshot content, String language) {
        return content.language(language).map(ContentPackage.Language::rightToLeft)
                .orElse(List.of("ar", "fa", "he", "ur", "ps", "ckb").contains(language));
    }

    static String headline(ContentSnapshot content, Poster poster) {
        return block(content, poster, poster.firstLanguage()).headline();
    }

    private static String where(ContentSnapshot content, ContentSnapshot.RoomPlace place, String language,
                                Locale locale) {
        var parts = new ArrayList<String>();
        parts.add(BUNDLE.get("poster.room", locale, place.room().number()));
        parts.add(content.text(place.floor().name(), language));
        parts.add(content.text(place.building().name(), language));
        return parts.stream().filter(p -> !p.isBlank()).collect(Collectors.joining(SEPARATOR));
    }

    /**
     * The weekly hours grouped by time range, days of the week in order: "Mo–Fr 08:00–12:30 ·
     * Di, Do 14:00–18:00 · Sa 09:00–12:00". Null when there are none.
     */
    static String weeklyHours(List<OpeningPeriod> periods, Locale locale) {
        OpeningHours hours = OpeningHours.of(periods, List.of());
        if (hours.isEmpty()) {
            return null;
        }
        Map<TimeRange, List<DayOfWeek>> days = new LinkedHashMap<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = A_MONDAY.plusDays(d);
            for (TimeRange range : hours.on(date)) {
                days.computeIfAbsent(range, r -> new ArrayList<>()).add(date.getDayOfWeek());
            }
        }
        String comma = BUNDLE.get("poster.comma", locale) + " ";
        return days.entrySet().stream()
                .sorted(Comparator.<Map.Entry<TimeRange, List<DayOfWeek>>, DayOfWeek>comparing(e -> e.getValue().getFirst())
                        .thenComparing(e -> e.getKey().opens()))
                .map(e -> days(e.getValue(), locale, comma) + "\u00A0" + TIME.format(e.getKey().opens()) + "–"
                        + TIME.format(e.getKey().closes()))
                .collect(Collectors.joining(SEPARATOR));
    }

    private static String days(List<DayOfWeek> days, Locale locale, String comma) {
        var parts = new ArrayList<String>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            String first = day(days.get(i), locale);
            if (j - i >= 2) {
                parts.add(BUNDLE.get("poster.dayRange", locale, first, day(days.get(j), locale)));
            } else {
                parts.add(first);
                if (j > i) {
                    parts.add(day(days.get(j), locale));
                }
            }
            i = j + 1;
        }
        return String.join(comma, parts);
    }

    private static String day(DayOfWeek day, Locale locale) {
        return BUNDLE.get("poster.day." + day.getValue(), locale);
    }

    private static IllegalArgumentException missing(PosterTarget target) {
        return new IllegalArgumentException("The published content has no " + target.type().name().toLowerCase(Locale.ROOT)
                + " '" + target.key() + "'");
    }
}
