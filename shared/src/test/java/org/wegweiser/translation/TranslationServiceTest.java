package org.wegweiser.translation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.content.TranslationStatus;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.testing.TestDatabases;
import org.wegweiser.user.Role;
import org.wegweiser.user.UserAccountService;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class TranslationServiceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    ContentPackageService packages;
    @Autowired
    TranslationService translations;
    @Autowired
    UserAccountService accounts;

    @BeforeEach
    void demoContentIsImportedAndAnEditorIsSignedIn() {
        packages.importPackage(DemoContent.musterstadt(), "test");
        signIn("erika", Role.EDITOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void saving_a_service_without_changing_its_german_text_leaves_every_translation_status_as_it_was() {
        var before = statuses();
        var draft = packages.draft();
        // What an editor's save does: the whole draft, unchanged, written back.
        packages.importPackage(ContentPackageCodec.write(draft.withService("reisepass", s -> s)), "editor");
        assertThat(statuses()).isEqualTo(before);
        assertThat(statuses().values()).doesNotContain(TranslationStatus.OUTDATED);
    }

    @Test
    void changing_a_german_text_marks_exactly_the_translations_of_that_field_outdated_with_old_and_new_source() {
        var draft = packages.draft();
        String oldTitle = service(draft, "reisepass").title().texts().get("de");
        var before = statuses();
        packages.importPackage(ContentPackageCodec.write(draft.withService("reisepass",
                s -> s.withTitle(s.title().with("de", "Reisepass beantragen oder verlängern")))), "editor");

        var after = statuses();
        var changed = after.entrySet().stream().filter(e -> e.getValue() != before.get(e.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(changed).containsExactlyInAnyOrder("service|reisepass|title|de-x-ls", "service|reisepass|title|en",
                "service|reisepass|title|ar", "service|reisepass|title|uk", "service|reisepass|title|tr",
                "service|reisepass|title|fa", "service|reisepass|title|ru");
        assertThat(changed).allSatisfy(id -> assertThat(after.get(id)).isEqualTo(TranslationStatus.OUTDATED));

        var arabic = row("ar", "service", "reisepass", "title");
        assertThat(arabic.status()).isEqualTo(TranslationStatus.OUTDATED);
        assertThat(arabic.translatedFrom()).isEqualTo(oldTitle);
        assertThat(arabic.source()).isEqualTo("Reisepass beantragen oder verlängern");

        // Saving again unchanged keeps them outdated, and the old source is still known.
        packages.importPackage(packages.exportPackage(), "editor");
        assertThat(row("ar", "service", "reisepass", "title").translatedFrom()).isEqualTo(oldTitle);

    }

    @Test
    void a_translation_saved_in_the_workspace_is_no_longer_outdated_and_counts_as_reviewed_or_draft() {
        packages.importPackage(ContentPackageCodec.write(packages.draft().withService("reisepass",
                s -> s.withTitle(s.title().with("de", "Reisepass beantragen oder verlängern")))), "editor");
        var outdated = row("en", "service", "reisepass", "title");

        var saved = translations.save(outdated.edit("Apply for or renew a passport", TranslationStatus.DRAFT));
        assertThat(saved.status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(saved.translatedFrom()).isNull();
        assertThat(service(packages.draft(), "reisepass").title().texts().get("en")).isEqualTo("Apply for or renew a passport");
        assertThat(packages.draft().translationStates()).contains(new ContentPackage.TranslationState("service",
                "reisepass", "title", "en", "DRAFT"));

        var reviewed = translations.markReviewed("service", "reisepass", "title", "en", saved.version());
        assertThat(reviewed.status()).isEqualTo(TranslationStatus.REVIEWED);
        assertThat(packages.draft().translationStates()).noneMatch(s -> s.key().equals("reisepass")
                && s.field().equals("title") && s.language().equals("en"));
    }

    @Test
    void a_missing_translation_is_listed_and_can_be_written() {
        packages.importPackage(ContentPackageCodec.write(packages.draft().withService("reisepass",
                s -> s.withSummary(s.summary().with("fa", null)))), "editor");
        var missing = row("fa", "service", "reisepass", "summary");
        assertThat(missing.status()).isEqualTo(TranslationStatus.MISSING);
        assertThat(missing.text()).isNull();
        assertThat(missing.entityName()).isEqualTo("Reisepass beantragen");

        translations.save(missing.edit("متن تازه", TranslationStatus.REVIEWED));
        assertThat(row("fa", "service", "reisepass", "summary").text()).isEqualTo("متن تازه");
    }

    @Test
    void two_people_saving_the_same_translation_do_not_silently_overwrite_each_other() {
        var seen = row("tr", "topic", "familie", "title");
        translations.save(seen.edit("Aile ve çocuklar", TranslationStatus.REVIEWED));
        assertThatThrownBy(() -> translations.save(seen.edit("Aile", TranslationStatus.REVIEWED)))
                .isInstanceOfSatisfying(TranslationConflictException.class,
                        e -> assertThat(e.current().text()).isEqualTo("Aile ve çocuklar"));
        assertThat(row("tr", "topic", "familie", "title").text()).isEqualTo("Aile ve çocuklar");
    }

    @Test
    void a_translator_reads_and_writes_only_the_languages_assigned_to_them() {
        String name = "tanja-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("admin", Role.ADMIN);
        accounts.create(name, "Tanja", Set.of(Role.TRANSLATOR), Set.of("ar"), "admin");
        signIn(name, Role.TRANSLATOR);

        assertThat(translations.languages()).extracting(TranslationLanguage::code).containsExactly("ar");
        assertThat(translations.languages().getFirst().rightToLeft()).isTrue();
        var arabic = row("ar", "topic", "familie", "title");
        translations.save(arabic.edit("الأسرة والأطفال", TranslationStatus.REVIEWED));

        String persianBefore = packages.draft().topics().stream().filter(t -> t.key().equals("familie")).findFirst()
                .orElseThrow().title().texts().get("fa");
        assertThatThrownBy(() -> translations.rows("fa")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translations.save(new TranslationEdit("topic", "familie", "title", "fa", "خانواده",
                TranslationStatus.REVIEWED, arabic.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translations.save(new TranslationEdit("topic", "familie", "title", "de", "Familie",
                TranslationStatus.REVIEWED, null))).isInstanceOf(IllegalArgumentException.class);
        assertThat(packages.draft().topics().stream().filter(t -> t.key().equals("familie")).findFirst()
                .orElseThrow().title().texts().get("fa")).isEqualTo(persianBefore);
    }

    @Test
    void an_empty_translation_is_refused_with_a_reason_and_nothing_changes() {
        var row = row("en", "topic", "familie", "title");
        assertThatThrownBy(() -> translations.save(row.edit("  ", TranslationStatus.REVIEWED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(row("en", "topic", "familie", "title").text()).isEqualTo(row.text());
    }

    private TranslationRow row(String language, String entity, String key, String field) {
        return translations.rows(language).stream()
                .filter(r -> r.entity().equals(entity) && r.key().equals(key) && r.field().equals(field))
                .findFirst().orElseThrow();
    }

    /** Every stored translation's status, keyed entity|key|field|language. */
    private Map<String, TranslationStatus> statuses() {
        return translations.languages().stream().flatMap(l -> translations.rows(l.code()).stream())
                .collect(Collectors.toMap(r -> r.entity() + "|" + r.key() + "|" + r.field() + "|" + r.language(),
                        TranslationRow::status));
    }

    private static ContentPackage.Service service(ContentPackage content, String key) {
        return content.services().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static void signIn(String name, Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
    }
}
