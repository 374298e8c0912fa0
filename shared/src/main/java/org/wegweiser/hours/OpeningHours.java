package org.wegweiser.hours;

import org.wegweiser.content.ContentPackage.OpeningException;
import org.wegweiser.content.ContentPackage.OpeningPeriod;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weekly hours of an office, site or partner place together with its exceptions
 * (holidays, shortened days). Pure and immutable; the caller supplies the local time
 * in the organisation's time zone.
 */
public final class OpeningHours {

    /** How far ahead {@link #statusAt} looks for the next opening. */
    static final int LOOKAHEAD_DAYS = 14;

    private final Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    private final List<DatedException> exceptions;

    private OpeningHours(List<OpeningPeriod> periods, List<OpeningException> exceptions) {
        var byDay = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        for (OpeningPeriod period : periods) {
            byDay.computeIfAbsent(DayOfWeek.valueOf(period.day()), day -> new ArrayList<>())
                    .add(new TimeRange(LocalTime.parse(period.opens()), LocalTime.parse(period.closes())));
        }
        byDay.forEach((day, ranges) -> weekly.put(day, merged(ranges)));
        this.exceptions = exceptions.stream().map(DatedException::of).toList();
    }

    /**
     * Parses validated content (see {@code ContentPackageValidator}); malformed days, times or
     * dates throw. {@code null} lists count as empty, because sites and partner places have no exceptions.
     */
    public static OpeningHours of(List<OpeningPeriod> weekly, List<OpeningException> exceptions) {
        return new OpeningHours(Objects.requireNonNullElse(weekly, List.of()),
                Objects.requireNonNullElse(exceptions, List.of()));
    }

    /** True when there are no weekly hours at all, so "closed" would mislead: the hours are unknown. */
    public boolean isEmpty() {
        return weekly.isEmpty();
    }

    /** The ranges in which it is open on that date, sorted, with any exception applied. */
    public List<TimeRange> on(LocalDate date) {
        DatedException exception = exceptionCovering(date);
        if (exception == null) {
            return weekly.getOrDefault(date.getDayOfWeek(), List.of());
        }
        return exception.hours() == null ? List.of() : List.of(exception.hours());
    }

    /** The exception that covers that date, or {@code null}. */
    public OpeningException exceptionOn(LocalDate date) {
        DatedException exception = exceptionCovering(date);
        return exception == null ? null : exception.source();
    }

    public Status statusAt(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalTime time = now.toLocalTime();
        OpeningException exception = exceptionOn(today);
        for (TimeRange range : on(today)) {
            if (range.contains(time)) {
                return new Status(true, range.closes(), null, exception);
            }
            if (range.opens().isAfter(time)) {
                return new Status(false, null, today.atTime(range.opens()), exception);
            }
        }
        for (int ahead = 1; ahead <= LOOKAHEAD_DAYS; ahead++) {
            LocalDate day = today.plusDays(ahead);
            List<TimeRange> ranges = on(day);
            if (!ranges.isEmpty()) {
                return new Status(false, null, day.atTime(ranges.getFirst().opens()), exception);
            }
        }
        return new Status(false, null, null, exception);
    }

    private DatedException exceptionCovering(LocalDate date) {
        // The validator allows overlaps; the latest-starting one is the most specific
        // (a single shortened day inside a closed fortnight).
        return exceptions.stream()
                .filter(exception -> exception.covers(date))
                .max(Comparator.comparing(DatedException::from))
                .orElse(null);
    }

    // Touching or overlapping periods ("08:00–12:00" and "12:00–15:00") are one opening,
    // otherwise closesAt would announce a closing that does not happen.
    private static List<TimeRange> merged(List<TimeRange> ranges) {
        var sorted = ranges.stream().sorted(Comparator.comparing(TimeRange::opens)).toList();
        var merged = new ArrayList<TimeRange>();
        for (TimeRange range : sorted) {
            TimeRange last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !range.opens().isAfter(last.closes())) {
                LocalTime closes = range.closes().isAfter(last.closes()) ? range.closes() : last.closes();
                merged.set(merged.size() - 1, new TimeRange(last.opens(), closes));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }

    /** Open from {@code opens} (inclusive) until {@code closes} (exclusive), on one day. */
    public record TimeRange(LocalTime opens, LocalTime closes) {

        public TimeRange {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
        }

        public boolean contains(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }
    }

    /**
     * @param closesAt    when open: the end of the current range, otherwise {@code null}
     * @param nextOpening when closed: the next start within the next 14 days, otherwise {@code null}
     * @param exception   the exception that applies on that day, or {@code null}
     */
    public record Status(boolean open, LocalTime closesAt, LocalDateTime nextOpening, OpeningException exception) {
    }

    private record DatedException(LocalDate from, LocalDate to, TimeRange hours, OpeningException source) {

        static DatedException of(OpeningException exception) {
            LocalDate from = LocalDate.parse(exception.from());
            // A one-day exception may leave out "to".
            LocalDate to = exception.to() == null ? from : LocalDate.parse(exception.to());
            TimeRange hours = exception.closed() ? null
                    : new TimeRange(LocalTime.parse(exception.opens()), LocalTime.parse(exception.closes()));
            return new DatedException(from, to, hours, exception);
        }

        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }
}
