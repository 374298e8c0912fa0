package org.wegweiser.content;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.SharedTestApplication;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.TestDatabases;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ContentPackageImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    Flyway flyway;

    @BeforeEach
    void demoContentIsImported() {
        packages.importPackage(DemoContent.musterstadt(), "test");
    }

    @Test
    void migrations_apply_to_an_empty_mariadb_and_the_entity_mapping_validates() {
        // The context started with ddl-auto=validate, so every entity matched its table.
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion())
                .isNotEmpty().startsWith("1", "2", "3", "4");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void demo_content_is_musterstadt_in_eight_languages() {
        var draft = packages.draft();
        assertThat(draft.organisation().name().texts()).containsEntry("de", "Stadt Musterstadt");
        assertThat(draft.languages()).extracting(ContentPackage.Language::code)
                .containsExactly("de", "de-x-ls", "en", "ar", "uk", "tr", "fa", "ru");
        assertThat(draft.sites()).hasSize(2);
        assertThat(draft.offices().size()).isGreaterThanOrEqualTo(8);
        assertThat(draft.services().size()).isGreaterThanOrEqualTo(18);
        assertThat(draft.topics().size()).isGreaterThanOrEqualTo(6);
        var languages = draft.languages().stream().map(ContentPackage.Language::code).toList();
        assertThat(ContentTexts.of(draft)).allSatisfy(field -> {
            if (!field.text().isEmpty()) {
                assertThat(field.text().texts().keySet()).as(field.where()).containsExactlyElementsOf(languages);
            }
        });
        var passport = draft.services().stream().filter(s -> s.key().equals("reisepass")).findFirst().orElseThrow();
        assertThat(passport.title().texts().get("ar")).matches(".*[\\u0600-\\u06FF].*");
        assertThat(passport.title().texts().get("uk")).matches(".*[\\u0400-\\u04FF].*");
    }

    @Test
    void export_then_import_into_an_empty_database_then_export_again_is_identical() {
        byte[] first = packages.exportPackage();
        assertThat(ContentPackageCodec.read(first)).isEqualTo(ContentPackageCodec.read(DemoContent.musterstadt()));

        String otherDatabase = TestDatabases.create();
        try (var other = new SpringApplicationBuilder(SharedTestApplication.class)
                .properties("spring.datasource.url=" + otherDatabase,
                        "spring.datasource.username=" + TestDatabases.USER,
                        "spring.datasource.password=" + TestDatabases.PASSWORD)
                .run()) {
            var otherPackages = other.getBean(ContentPackageService.class);
            assertThat(otherPackages.hasContent()).isFalse();
            otherPackages.importPackage(first, "test");
            byte[] second = otherPackages.exportPackage();
            assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        }
    }

    @Test
    void editors_see_missing_translations_per_language_and_services_without_a_place() {
        var attention = packages.attention();
        assertThat(attention.languages()).extracting(Attention.LanguageState::language)
                .containsExactly("de-x-ls", "en", "ar", "uk", "tr", "fa", "ru");
        assertThat(attention.languages()).allSatisfy(l -> assertThat(l.missing()).isZero());
        assertThat(attention.servicesWithoutPlace()).isEmpty();

        var changed = packages.draft().withService("reisepass", s -> s.withSummary(s.summary().with("fa", null))
                .withRooms(java.util.List.of()));
        packages.importPackage(ContentPackageCodec.write(changed), "test");
        attention = packages.attention();
        assertThat(attention.languages()).filteredOn(l -> l.language().equals("fa"))
                .singleElement().extracting(Attention.LanguageState::missing).isEqualTo(1);
        assertThat(attention.servicesWithoutPlace()).containsExactly("Reisepass beantragen");
    }

    @Test
    void a_dry_run_says_what_would_change_and_writes_nothing() {
        byte[] before = packages.exportPackage();
        assertThat(packages.preview(before).changesAnything()).isFalse();

        var draft = packages.draft();
        var changed = new ContentPackage(draft.format(), draft.schemaVersion(), draft.organisation(), draft.languages(),
                draft.sites(), draft.offices(), draft.partnerPlaces(), draft.topics(), draft.documentTypes(),
                draft.services().stream().filter(s -> !s.key().equals("kita-platz")).toList(), draft.announcements(),
                draft.translationStates()).withService("reisepass", s -> s.withTitle(s.title().with("en", "Passport")));
        var preview = packages.preview(ContentPackageCodec.write(changed));

        var services = preview.kinds().stream().filter(k -> k.kind().equals("services")).findFirst().orElseThrow();
        assertThat(services.removed()).containsExactly("kita-platz");
        assertThat(services.changed()).containsExactly("reisepass");
        assertThat(services.created()).isEmpty();
        assertThat(preview.textsChanged()).isEqualTo(1);
        assertThat(packages.exportPackage()).isEqualTo(before);
    }

    @Test
    void importing_the_same_package_twice_changes_nothing() {
        byte[] before = packages.exportPackage();
        packages.importPackage(before, "test");
        assertThat(packages.exportPackage()).isEqualTo(before);
    }

    @Test
    void a_package_of_another_schema_version_is_refused_and_changes_nothing() {
        assertRefused(root -> root.put("schemaVersion", 2),
                "schemaVersion: version 2 is not supported; this Wegweiser reads schema version 1");
    }

    @Test
    void a_required_field_without_its_german_text_is_refused_with_its_place() {
        assertRefused(root -> {
                    var service = (ObjectNode) root.withArray("services").get(4);
                    ((ObjectNode) service.get("title")).remove("de");
                    ((ObjectNode) service.get("title")).put("en", "Passport (changed)");
                },
                "services[4] 'reisepass'.title: is required but has no text in the default language \"de\"");
    }

    @Test
    void a_reference_to_a_room_that_does_not_exist_is_refused_with_its_place() {
        assertRefused(root -> {
                    var office = (ObjectNode) root.withArray("offices").get(0);
                    office.withArray("rooms").set(0, JSON.getNodeFactory().stringNode("rh-999"));
                    ((ObjectNode) root.withArray("services").get(0).get("title")).put("de", "Geändert");
                },
                "offices[0] 'buergerservice'.rooms[0]: refers to room 'rh-999', which the package does not have");
    }

    @Test
    void text_that_is_not_json_is_refused_with_its_line() {
        byte[] before = packages.exportPackage();
        assertThatThrownBy(() -> packages.importPackage("{\"format\": \"wegweiser-content\",\n  oops".getBytes(), "test"))
                .isInstanceOf(ContentPackageException.class)
                .hasMessageContaining("line 2");
        assertThat(packages.exportPackage()).isEqualTo(before);
    }

    private void assertRefused(Consumer<ObjectNode> breakIt, String expectedProblem) {
        byte[] before = packages.exportPackage();
        var root = (ObjectNode) JSON.readTree(before);
        breakIt.accept(root);
        byte[] broken = JSON.writeValueAsBytes(root);

        assertThatThrownBy(() -> packages.importPackage(broken, "test"))
                .isInstanceOfSatisfying(ContentPackageException.class, e ->
                        assertThat(e.problems()).extracting(ContentPackageException.Problem::toString)
                                .contains(expectedProblem));
        assertThat(packages.exportPackage()).isEqualTo(before);
    }
}
