package org.wegweiser.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.TestDatabases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AttentionTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demoContentIsImported() {
        packages.importPackage(DemoContent.musterstadt(), "test");
    }

    @Test
    void progress_per_language_counts_every_field_with_a_german_text_once() {
        var changed = packages.draft().withService("reisepass", s -> s.withSummary(s.summary().with("fa", null))
                .withTitle(s.title().with("de", "Reisepass beantragen oder verlängern")));
        packages.importPackage(ContentPackageCodec.write(changed), "test");

        var persian = language(packages.attention(), "fa");
        assertThat(persian.missing()).isEqualTo(1);
        assertThat(persian.outdated()).isEqualTo(1);
        assertThat(persian.missing() + persian.draft() + persian.outdated() + persian.reviewed())
                .isEqualTo(persian.total());
        assertThat(persian.percentReviewed()).isLessThan(100);
        var english = language(packages.attention(), "en");
        assertThat(english.reviewed()).isEqualTo(english.total() - 1);
        assertThat(english.total()).isEqualTo(persian.total());
    }

    @Test
    void services_without_a_checklist_are_listed() {
        assertThat(packages.attention().servicesWithoutChecklist()).isEmpty();
        var withoutChecklist = packages.draft().withService("reisepass", s -> new ContentPackage.Service(s.key(),
                s.pictogram(), s.title(), s.summary(), s.whatHappens(), s.office(), s.rooms(), s.partnerPlace(),
                s.topics(), List.of(), s.fees(), s.appointmentRequired(), s.onlineUrl(), s.leikaKey(), s.keywords()));
        packages.importPackage(ContentPackageCodec.write(withoutChecklist), "test");
        assertThat(packages.attention().servicesWithoutChecklist()).containsExactly("Reisepass beantragen");
    }

    @Test
    void content_whose_german_text_has_not_changed_for_a_year_is_listed_until_an_editor_changes_it() {
        assertThat(packages.attention().notReviewed()).as("all of it was written just now").isEmpty();

        // Thirteen months pass.
        jdbc.sql("update translation set updated_at = :then")
                .param("then", Instant.now().minus(395, ChronoUnit.DAYS)).update();
        var due = packages.attention().notReviewed();
        assertThat(due).extracting(Attention.Unreviewed::key).contains("reisepass", "personalausweis", "familie");
        assertThat(due).extracting(Attention.Unreviewed::entity).doesNotContain("checklist_item", "office_exception");
        assertThat(due).filteredOn(u -> u.entity().equals("service") && u.key().equals("reisepass")).singleElement()
                .extracting(Attention.Unreviewed::name).isEqualTo("Reisepass beantragen");

        var checked = packages.draft().withService("reisepass", s -> s.withSummary(s.summary().with("de",
                s.summary().texts().get("de") + " Stand geprüft.")));
        packages.importPackage(ContentPackageCodec.write(checked), "editor");
        assertThat(packages.attention().notReviewed()).extracting(u -> u.entity() + " " + u.key())
                .doesNotContain("service reisepass").contains("service personalausweis", "document_type reisepass");
    }

    private static Attention.LanguageState language(Attention attention, String code) {
        return attention.languages().stream().filter(l -> l.language().equals(code)).findFirst().orElseThrow();
    }
}
