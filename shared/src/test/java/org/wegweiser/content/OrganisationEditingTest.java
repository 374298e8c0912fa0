package org.wegweiser.content;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.Pictures;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.upload.UploadRefused;
import org.wegweiser.user.Role;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class OrganisationEditingTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    /** The role checks are on, as in admin-ui. */
    @org.springframework.boot.test.context.TestConfiguration
    @org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
    static class RoleChecks {
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    OrganisationEditing editing;
    @Autowired
    org.wegweiser.audit.AuditLog audit;

    @BeforeEach
    void demoContentIsImportedAndAnAdministratorIsSignedIn() {
        EditingTests.signIn("olga", Role.ADMIN);
        packages.importPackage(DemoContent.musterstadt(), "test");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void editors_and_translators_may_neither_read_nor_save_nor_upload_the_settings() {
        var opened = editing.settings();
        for (Role role : new Role[]{Role.EDITOR, Role.TRANSLATOR}) {
            EditingTests.signIn("someone", role);
            assertThatThrownBy(editing::settings).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editing.save(opened, renamed(opened, "Stadt Beispiel")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editing.uploadLogo("logo.png", Pictures.png(40, 20, new Color(0x0b4f8a))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(packages.draft().organisation().name().texts().get("de")).isEqualTo("Stadt Musterstadt");
    }

    @Test
    void a_new_german_name_outdates_its_translations_and_an_uploaded_logo_is_kept() throws IOException {
        var opened = editing.settings();
        String logo = editing.uploadLogo("wappen.png", Pictures.png(40, 20, new Color(0x0b4f8a)));
        var saved = editing.save(opened, renamed(opened, "Stadt Beispielstadt").withLogo(logo));

        var organisation = packages.draft().organisation();
        assertThat(organisation.name().texts().get("de")).isEqualTo("Stadt Beispielstadt");
        assertThat(organisation.logo()).isEqualTo(logo).matches("uploads/[0-9a-f]{32}\\.png");
        assertThat(saved.version()).isGreaterThan(opened.version());
        var recorded = audit.search("olga", 1).getFirst();
        assertThat(recorded.entityType()).isEqualTo("organisation");
        assertThat(recorded.actor()).isEqualTo("olga");
        assertThat(recorded.action()).isEqualTo("EDIT");
        assertThat(recorded.detail()).isEqualTo("name, logo");
        var outdated = packages.draft().translationStates().stream()
                .filter(s -> s.entity().equals("organisation") && s.status().equals("OUTDATED"))
                .map(ContentPackage.TranslationState::language).toList();
        assertThat(outdated).containsExactlyInAnyOrderElementsOf(organisation.name().texts().keySet().stream()
                .filter(l -> !l.equals("de")).toList());
    }

    @Test
    void a_text_file_named_png_is_refused_as_a_logo() {
        assertThatThrownBy(() -> editing.uploadLogo("logo.png", "not a picture".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UploadRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo(UploadRefused.NOT_AN_IMAGE));
    }

    @Test
    void too_little_contrast_a_plain_http_address_an_unknown_zone_and_a_disabled_default_are_refused() {
        var opened = editing.settings();
        var languages = new ArrayList<>(opened.languages());
        languages.set(0, new OrganisationDraft.LanguageChoice("de", "Deutsch", false));
        var bad = new OrganisationDraft(opened.version(), opened.name(), opened.logo(), "#77aaff", "#7799ff",
                languages, "de", "Europe/Musterstadt", "http://wegweiser.example.org");

        assertThatThrownBy(() -> editing.save(opened, bad)).isInstanceOfSatisfying(EditRefused.class,
                e -> assertThat(e.problems()).containsExactly(
                        new EditRefused.Problem("primaryColor", "edit.organisation.primaryContrast", "2.33"),
                        new EditRefused.Problem("accentColor", "edit.organisation.accentContrast", "1.15"),
                        new EditRefused.Problem("defaultLanguage", "edit.organisation.defaultLanguage", null),
                        new EditRefused.Problem("timeZone", "edit.organisation.timeZone", null),
                        new EditRefused.Problem("publicBaseUrl", "edit.organisation.baseUrl", null)));
        assertThat(packages.draft().organisation().primaryColor()).isEqualTo("#0b4f8a");
        assertThat(editing.settings()).isEqualTo(opened);
    }

    @Test
    void languages_are_reordered_and_switched_off_and_a_local_http_address_is_allowed() {
        var opened = editing.settings();
        var languages = new ArrayList<>(opened.languages());
        var english = languages.remove(2);
        languages.addFirst(english);
        int last = languages.size() - 1;
        var lastOne = languages.get(last);
        languages.set(last, new OrganisationDraft.LanguageChoice(lastOne.code(), lastOne.nativeName(), false));
        editing.save(opened, new OrganisationDraft(opened.version(), opened.name(), opened.logo(), "#1a4d2e",
                "#ffd166", languages, "de", "Europe/Vienna", "http://localhost:8080/"));

        var content = packages.draft();
        assertThat(content.languages().getFirst().code()).isEqualTo("en");
        assertThat(content.languages().getLast().enabled()).isFalse();
        assertThat(content.organisation().timeZone()).isEqualTo("Europe/Vienna");
        assertThat(content.organisation().publicBaseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void the_second_of_two_saves_from_the_same_settings_is_refused_with_the_first_ones_change() {
        var anna = editing.settings();
        var ben = editing.settings();
        editing.save(anna, renamed(anna, "Stadt Annastadt"));

        EditingTests.signIn("ben", Role.ADMIN);
        var conflict = org.junit.jupiter.api.Assertions.assertThrows(EditConflict.class,
                () -> editing.save(ben, new OrganisationDraft(ben.version(), ben.name(), ben.logo(), "#000000",
                        ben.accentColor(), ben.languages(), ben.defaultLanguage(), ben.timeZone(), ben.publicBaseUrl())));
        assertThat(conflict.changes()).containsExactly(
                new EditConflict.Change("name", "Stadt Musterstadt", "Stadt Annastadt"));
        assertThat(conflict.actor()).isEqualTo("olga");
        assertThat(packages.draft().organisation().primaryColor()).isEqualTo("#0b4f8a");
    }

    @Test
    void contrast_ratios_are_those_of_wcag() {
        assertThat(ColourContrast.ratio("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(ColourContrast.shown(ColourContrast.ratio("#767676", "#ffffff"))).isEqualTo("4.54");
        assertThat(ColourContrast.ratio("#0b4f8a", "#ffffff")).isGreaterThan(ColourContrast.TEXT);
    }

    private static OrganisationDraft renamed(OrganisationDraft d, String name) {
        return new OrganisationDraft(d.version(), name, d.logo(), d.primaryColor(), d.accentColor(), d.languages(),
                d.defaultLanguage(), d.timeZone(), d.publicBaseUrl());
    }


}
