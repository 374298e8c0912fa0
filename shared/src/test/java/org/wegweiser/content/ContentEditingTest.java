package org.wegweiser.content;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.user.Role;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ContentEditingTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    ContentEditing editing;

    @BeforeEach
    void demoContentIsImportedAndAnEditorIsSignedIn() {
        EditingTests.signIn("anna", Role.EDITOR);
        packages.importPackage(DemoContent.musterstadt(), "test");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void saving_a_service_unchanged_leaves_every_translation_status_as_it_was() {
        var before = EditingTests.statuses(packages.draft());
        var opened = editing.service("reisepass");
        var saved = editing.saveService(opened, opened);
        assertThat(EditingTests.statuses(packages.draft())).isEqualTo(before);
        assertThat(saved.version()).isGreaterThan(opened.version());
    }

    @Test
    void changing_the_german_title_marks_exactly_the_title_translations_outdated() {
        var before = EditingTests.statuses(packages.draft());
        var opened = editing.service("reisepass");
        editing.saveService(opened, with(opened, "Reisepass beantragen oder verlängern", opened.rooms()));

        var after = EditingTests.statuses(packages.draft());
        var changed = after.entrySet().stream().filter(e -> e.getValue() != before.get(e.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(changed).isNotEmpty().allMatch(id -> id.startsWith("service|reisepass|title|"));
        assertThat(changed).allMatch(id -> after.get(id) == TranslationStatus.OUTDATED);
        var translated = service("reisepass").title().texts().keySet().stream().filter(l -> !l.equals("de"))
                .map(l -> "service|reisepass|title|" + l).collect(Collectors.toSet());
        assertThat(changed).isEqualTo(translated);
        assertThat(service("reisepass").title().texts().get("de")).isEqualTo("Reisepass beantragen oder verlängern");
    }

    @Test
    void the_second_of_two_saves_from_the_same_draft_is_refused_with_the_first_ones_change_and_reapplied() {
        var anna = editing.service("wohnsitz-anmelden");
        var ben = editing.service("wohnsitz-anmelden");
        editing.saveService(anna, with(anna, anna.title(), List.of("rh-e05", "bbn-e01")));

        EditingTests.signIn("ben", Role.EDITOR);
        var bens = with(ben, "Wohnsitz anmelden oder ummelden", ben.rooms());
        var conflict = org.junit.jupiter.api.Assertions.assertThrows(EditConflict.class,
                () -> editing.saveService(ben, bens));
        assertThat(conflict.changes()).containsExactly(
                new EditConflict.Change("rooms", "rh-e04, bbn-e01", "rh-e05, bbn-e01"));
        assertThat(conflict.actor()).isEqualTo("anna");
        assertThat(service("wohnsitz-anmelden").title().texts().get("de")).isEqualTo("Wohnsitz anmelden");

        var theirs = conflict.current(ServiceDraft.class);
        var merged = EditMerge.reapply(ben, bens, theirs);
        var saved = editing.saveService(theirs, merged);
        assertThat(saved.title()).isEqualTo("Wohnsitz anmelden oder ummelden");
        assertThat(saved.rooms()).containsExactly("rh-e05", "bbn-e01");
    }

    @Test
    void an_empty_or_far_too_long_title_is_refused_and_nothing_is_written() {
        var opened = editing.service("reisepass");
        assertThatThrownBy(() -> editing.saveService(opened, with(opened, " ", opened.rooms())))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.problems())
                        .containsExactly(new EditRefused.Problem("title", "edit.required", null)));
        assertThatThrownBy(() -> editing.saveService(opened, with(opened, "x".repeat(10_000), opened.rooms())))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.problems())
                        .containsExactly(new EditRefused.Problem("title", "edit.tooLong", "200")));
        assertThat(editing.service("reisepass")).isEqualTo(opened);
    }

    @Test
    void an_office_gets_new_hours_and_a_closure_over_a_date_range_and_a_range_ending_before_it_starts_is_refused() {
        var opened = editing.office("buergerservice");
        var hours = new java.util.ArrayList<ContentPackage.OpeningPeriod>(DayHours.parse(java.time.DayOfWeek.MONDAY,
                "8-12, 13:30–18:00"));
        opened.hours().stream().filter(p -> !p.day().equals("MONDAY")).forEach(hours::add);
        var closure = new OfficeDraft.Exception("2026-12-24", "2026-12-26", true, null, null, "Weihnachten");
        var edited = new OfficeDraft(opened.key(), opened.version(), opened.name(), opened.description(),
                opened.phone(), opened.email(), opened.appointmentUrl(), opened.appointmentPhone(), opened.rooms(),
                hours, List.of(closure));
        var saved = editing.saveOffice(opened, edited);
        assertThat(saved.exceptions()).containsExactly(closure);
        assertThat(DayHours.format(java.time.DayOfWeek.MONDAY, saved.hours())).isEqualTo("08:00–12:00, 13:30–18:00");

        var backwards = new OfficeDraft(saved.key(), saved.version(), saved.name(), saved.description(), saved.phone(),
                saved.email(), saved.appointmentUrl(), saved.appointmentPhone(), saved.rooms(), saved.hours(),
                List.of(new OfficeDraft.Exception("2026-12-31", "2026-12-30", true, null, null, "")));
        assertThatThrownBy(() -> editing.saveOffice(saved, backwards)).isInstanceOfSatisfying(EditRefused.class,
                e -> assertThat(e.problems()).extracting(EditRefused.Problem::message)
                        .containsExactly("edit.exception.order"));
        assertThat(editing.office("buergerservice")).isEqualTo(saved);
    }

    @Test
    void day_hours_are_read_as_staff_type_them_and_nonsense_is_refused() {
        assertThat(DayHours.parse(java.time.DayOfWeek.TUESDAY, "8.30 bis 12, 14-16"))
                .containsExactly(new ContentPackage.OpeningPeriod("TUESDAY", "08:30", "12:00"),
                        new ContentPackage.OpeningPeriod("TUESDAY", "14:00", "16:00"));
        assertThat(DayHours.parse(java.time.DayOfWeek.TUESDAY, " ")).isEmpty();
        assertThatThrownBy(() -> DayHours.parse(java.time.DayOfWeek.TUESDAY, "12-8"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DayHours.parse(java.time.DayOfWeek.TUESDAY, "morgens"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DayHours.parse(java.time.DayOfWeek.TUESDAY, "25-26"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ServiceDraft with(ServiceDraft d, String title, List<String> rooms) {
        return new ServiceDraft(d.key(), d.version(), title, d.summary(), d.whatHappens(), d.fees(), d.keywords(),
                d.pictogram(), d.office(), rooms, d.partnerPlace(), d.topics(), d.checklist(), d.appointmentRequired(),
                d.onlineUrl(), d.leikaKey());
    }

    private ContentPackage.Service service(String key) {
        return packages.draft().services().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
