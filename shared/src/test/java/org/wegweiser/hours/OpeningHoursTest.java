package org.wegweiser.hours;

import org.junit.jupiter.api.Test;
import org.wegweiser.content.ContentPackage.OpeningException;
import org.wegweiser.content.ContentPackage.OpeningPeriod;
import org.wegweiser.hours.OpeningHours.TimeRange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

// December 2026: the 7th is a Monday, the 24th a Thursday.
class OpeningHoursTest {

    // Deliberately out of order, as editors enter them.
    private static final List<OpeningPeriod> WEEK = List.of(
            new OpeningPeriod("TUESDAY", "14:00", "18:00"),
            new OpeningPeriod("MONDAY", "08:00", "12:30"),
            new OpeningPeriod("TUESDAY", "08:00", "12:30"),
            new OpeningPeriod("WEDNESDAY", "08:00", "12:30"),
            new OpeningPeriod("THURSDAY", "14:00", "18:00"),
            new OpeningPeriod("THURSDAY", "08:00", "12:30"),
            new OpeningPeriod("FRIDAY", "08:00", "12:30"));

    private static final OpeningHours REGULAR = OpeningHours.of(WEEK, List.of());

    @Test
    void a_day_lists_its_periods_sorted_by_opening_time() {
        assertThat(REGULAR.on(date("2026-12-08")))
                .containsExactly(range("08:00", "12:30"), range("14:00", "18:00"));
    }

    @Test
    void open_now_in_the_morning_period_closes_at_its_end() {
        var status = REGULAR.statusAt(at("2026-12-08T10:00"));

        assertThat(status.open()).isTrue();
        assertThat(status.closesAt()).isEqualTo(time("12:30"));
        assertThat(status.nextOpening()).isNull();
        assertThat(status.exception()).isNull();
    }

    @Test
    void before_the_first_period_of_the_day_it_opens_the_same_morning() {
        var status = REGULAR.statusAt(at("2026-12-08T07:15"));

        assertThat(status.open()).isFalse();
        assertThat(status.closesAt()).isNull();
        assertThat(status.nextOpening()).isEqualTo(at("2026-12-08T08:00"));
    }

    @Test
    void open_now_between_the_morning_and_afternoon_periods_is_false() {
        var status = REGULAR.statusAt(at("2026-12-08T13:00"));

        assertThat(status.open()).isFalse();
        assertThat(status.nextOpening()).isEqualTo(at("2026-12-08T14:00"));
    }

    @Test
    void after_the_last_period_the_next_opening_is_the_following_morning() {
        assertThat(REGULAR.statusAt(at("2026-12-08T18:30")).nextOpening()).isEqualTo(at("2026-12-09T08:00"));
    }

    @Test
    void exactly_at_opening_time_it_is_open() {
        var status = REGULAR.statusAt(at("2026-12-08T14:00"));

        assertThat(status.open()).isTrue();
        assertThat(status.closesAt()).isEqualTo(time("18:00"));
    }

    @Test
    void exactly_at_closing_time_it_is_closed() {
        var status = REGULAR.statusAt(at("2026-12-08T12:30"));

        assertThat(status.open()).isFalse();
        assertThat(status.nextOpening()).isEqualTo(at("2026-12-08T14:00"));
    }

    @Test
    void on_the_weekend_there_are_no_hours_and_the_next_opening_is_monday() {
        assertThat(REGULAR.on(date("2026-12-12"))).isEmpty();
        assertThat(REGULAR.on(date("2026-12-13"))).isEmpty();

        var status = REGULAR.statusAt(at("2026-12-12T10:00"));

        assertThat(status.open()).isFalse();
        assertThat(status.nextOpening()).isEqualTo(at("2026-12-14T08:00"));
    }

    @Test
    void friday_after_closing_looks_ahead_to_monday() {
        assertThat(REGULAR.statusAt(at("2026-12-11T12:30")).nextOpening()).isEqualTo(at("2026-12-14T08:00"));
    }

    @Test
    void on_a_closed_exception_day_it_is_closed_and_names_the_exception() {
        var christmas = closed("2026-12-24", "2026-12-26");
        var hours = OpeningHours.of(WEEK, List.of(christmas));

        var status = hours.statusAt(at("2026-12-24T10:00"));

        assertThat(hours.on(date("2026-12-24"))).isEmpty();
        assertThat(status.open()).isFalse();
        assertThat(status.exception()).isSameAs(christmas);
    }

    @Test
    void the_next_opening_skips_closed_exception_days() {
        var hours = OpeningHours.of(WEEK, List.of(closed("2026-12-24", "2026-12-26")));

        var status = hours.statusAt(at("2026-12-23T13:00"));

        assertThat(status.exception()).isNull();
        assertThat(status.nextOpening()).isEqualTo(at("2026-12-28T08:00"));
    }

    @Test
    void a_date_range_exception_covers_every_day_from_start_to_end_inclusive() {
        var hours = OpeningHours.of(WEEK, List.of(closed("2026-12-24", "2026-12-31")));

        assertThat(date("2026-12-24").datesUntil(date("2027-01-01")))
                .allSatisfy(day -> assertThat(hours.on(day)).as(day.toString()).isEmpty());
        assertThat(hours.on(date("2026-12-23"))).containsExactly(range("08:00", "12:30"));
        assertThat(hours.on(date("2027-01-01"))).containsExactly(range("08:00", "12:30"));
        assertThat(hours.statusAt(at("2026-12-28T10:00")).nextOpening()).isEqualTo(at("2027-01-01T08:00"));
    }

    @Test
    void a_shortened_day_replaces_all_of_that_days_periods_by_the_exceptions_hours() {
        var newYearsEve = shortened("2026-12-31", "09:00", "11:00");
        var hours = OpeningHours.of(WEEK, List.of(newYearsEve));

        assertThat(hours.on(date("2026-12-31"))).containsExactly(range("09:00", "11:00"));

        var open = hours.statusAt(at("2026-12-31T10:00"));
        assertThat(open.open()).isTrue();
        assertThat(open.closesAt()).isEqualTo(time("11:00"));
        assertThat(open.exception()).isSameAs(newYearsEve);

        var afterwards = hours.statusAt(at("2026-12-31T14:30"));
        assertThat(afterwards.open()).isFalse();
        assertThat(afterwards.nextOpening()).isEqualTo(at("2027-01-01T08:00"));
    }

    @Test
    void an_exception_can_open_a_day_without_weekly_hours() {
        var electionSaturday = shortened("2026-12-12", "09:00", "12:00");
        var hours = OpeningHours.of(WEEK, List.of(electionSaturday));

        assertThat(hours.on(date("2026-12-12"))).containsExactly(range("09:00", "12:00"));
        assertThat(hours.statusAt(at("2026-12-11T15:00")).nextOpening()).isEqualTo(at("2026-12-12T09:00"));
    }

    @Test
    void a_shortened_day_inside_a_closed_range_keeps_its_own_hours() {
        var holidays = closed("2026-12-21", "2027-01-03");
        var emergencyDesk = shortened("2026-12-29", "10:00", "12:00");
        var hours = OpeningHours.of(WEEK, List.of(emergencyDesk, holidays));

        assertThat(hours.on(date("2026-12-29"))).containsExactly(range("10:00", "12:00"));
        assertThat(hours.on(date("2026-12-28"))).isEmpty();
        assertThat(hours.statusAt(at("2026-12-22T10:00")).nextOpening()).isEqualTo(at("2026-12-29T10:00"));
    }

    @Test
    void a_one_day_exception_may_leave_out_its_end_date() {
        var hours = OpeningHours.of(WEEK, List.of(closed("2026-12-08", null)));

        assertThat(hours.on(date("2026-12-08"))).isEmpty();
        assertThat(hours.on(date("2026-12-09"))).isNotEmpty();
    }

    @Test
    void the_next_opening_is_found_exactly_fourteen_days_ahead() {
        var hours = OpeningHours.of(WEEK, List.of(closed("2026-12-08", "2026-12-21")));

        assertThat(hours.statusAt(at("2026-12-08T10:00")).nextOpening()).isEqualTo(at("2026-12-22T08:00"));
    }

    @Test
    void there_is_no_next_opening_when_closed_for_longer_than_fourteen_days() {
        var hours = OpeningHours.of(WEEK, List.of(closed("2026-12-08", "2027-01-31")));

        var status = hours.statusAt(at("2026-12-08T10:00"));

        assertThat(status.open()).isFalse();
        assertThat(status.nextOpening()).isNull();
        assertThat(status.exception()).isNotNull();
    }

    @Test
    void touching_periods_count_as_one_so_no_false_closing_is_announced() {
        var hours = OpeningHours.of(List.of(
                new OpeningPeriod("MONDAY", "12:00", "15:00"),
                new OpeningPeriod("MONDAY", "08:00", "12:00")), List.of());

        assertThat(hours.on(date("2026-12-07"))).containsExactly(range("08:00", "15:00"));
        assertThat(hours.statusAt(at("2026-12-07T11:00")).closesAt()).isEqualTo(time("15:00"));
    }

    @Test
    void without_weekly_hours_the_hours_are_empty_and_never_open() {
        var hours = OpeningHours.of(List.of(), null);

        var status = hours.statusAt(at("2026-12-08T10:00"));

        assertThat(hours.isEmpty()).isTrue();
        assertThat(status.open()).isFalse();
        assertThat(status.nextOpening()).isNull();
    }

    @Test
    void with_weekly_hours_the_hours_are_not_empty() {
        assertThat(REGULAR.isEmpty()).isFalse();
    }

    @Test
    void a_time_range_includes_its_opening_and_excludes_its_closing_minute() {
        var morning = range("08:00", "12:30");

        assertThat(morning.contains(time("08:00"))).isTrue();
        assertThat(morning.contains(time("12:29"))).isTrue();
        assertThat(morning.contains(time("12:30"))).isFalse();
        assertThat(morning.contains(time("07:59"))).isFalse();
    }

    private static OpeningException closed(String from, String to) {
        return new OpeningException(from, to, true, null, null, null);
    }

    private static OpeningException shortened(String day, String opens, String closes) {
        return new OpeningException(day, day, false, opens, closes, null);
    }

    private static TimeRange range(String opens, String closes) {
        return new TimeRange(time(opens), time(closes));
    }

    private static LocalTime time(String time) {
        return LocalTime.parse(time);
    }

    private static LocalDate date(String date) {
        return LocalDate.parse(date);
    }

    private static LocalDateTime at(String dateTime) {
        return LocalDateTime.parse(dateTime);
    }
}
