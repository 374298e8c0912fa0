package org.wegweiser.translation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.content.ContentTexts;
import org.wegweiser.content.DraftTranslations;
import org.wegweiser.content.StoredText;
import org.wegweiser.content.TextField;
import org.wegweiser.content.TranslationStatus;
import org.wegweiser.user.CurrentUser;
import org.wegweiser.user.UserAccountService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The translation workspace: every translatable field of the draft in one language, with the
 * German source beside it. Administrators and editors may translate every language; a
 * translator only the languages assigned to them, and this service refuses the rest.
 * German itself is written in the entity editors, not here.
 */
@Service
public class TranslationService {

    private final ContentPackageService packages;
    private final DraftTranslations texts;
    private final UserAccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    public TranslationService(ContentPackageService packages, DraftTranslations texts, UserAccountService accounts,
                              AuditLog audit, Clock clock) {
        this.packages = packages;
        this.texts = texts;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The languages the signed-in user may translate into, in the content's order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'TRANSLATOR')")
    @Transactional(readOnly = true)
    public List<TranslationLanguage> languages() {
        if (!packages.hasContent()) {
            return List.of();
        }
        var content = packages.draft();
        var allowed = allowedLanguages();
        return content.languages().stream()
                .filter(l -> !l.code().equals(content.organisation().defaultLanguage()))
                .filter(l -> allowed == null || allowed.contains(l.code()))
                .map(l -> new TranslationLanguage(l.code(), l.nativeName(), l.rightToLeft())).toList();
    }

    /**
     * Every field that has a German text, in content order, with its translation into the language.
     *
     * @throws AccessDeniedException when the user may not translate into this language
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'TRANSLATOR')")
    @Transactional(readOnly = true)
    public List<TranslationRow> rows(String language) {
        var content = packages.draft();
        String source = content.organisation().defaultLanguage();
        checkMayTranslate(language, source);
        var stored = new HashMap<String, StoredText>();
        texts.all().stream().filter(t -> t.language().equals(language))
                .forEach(t -> stored.put(id(t.entity(), t.key(), t.field()), t));
        var names = names(content, source);
        var rows = new ArrayList<TranslationRow>();
        for (TextField field : ContentTexts.of(content)) {
            String german = field.text().texts().get(source);
            if (german == null) {
                continue;
            }
            rows.add(row(field.entity(), field.key(), field.field(), language, names, german,
                    stored.get(id(field.entity(), field.key(), field.field()))));
        }
        return rows;
    }

    /**
     * Saves a translation as DRAFT or REVIEWED, as made from the current German text.
     *
     * @return the saved row, its entity named by key only (see {@link TranslationRow#updatedTo})
     * @throws AccessDeniedException         when the user may not translate into this language
     * @throws IllegalArgumentException      when the text is blank, the status is not DRAFT or REVIEWED, or the field has no German text
     * @throws TranslationConflictException  when someone else saved this text since the user saw it
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'TRANSLATOR')")
    @Transactional
    public TranslationRow save(TranslationEdit edit) {
        String source = texts.defaultLanguage();
        checkMayTranslate(edit.language(), source);
        if (edit.status() != TranslationStatus.DRAFT && edit.status() != TranslationStatus.REVIEWED) {
            throw new IllegalArgumentException("A translation is saved as DRAFT or REVIEWED, not " + edit.status());
        }
        if (edit.text() == null || edit.text().isBlank()) {
            throw new IllegalArgumentException("The translation is empty");
        }
        var german = texts.find(edit.entity(), edit.key(), edit.field(), source)
                .orElseThrow(() -> new IllegalArgumentException("There is no German text to translate at "
                        + edit.entity() + " '" + edit.key() + "' " + edit.field()));
        StoredText saved;
        try {
            saved = texts.write(edit.entity(), edit.key(), edit.field(), edit.language(), edit.text().strip(),
                    edit.status(), german.body(), edit.expectedVersion(), clock.instant());
        } catch (OptimisticLockingFailureException e) {
            var now = texts.find(edit.entity(), edit.key(), edit.field(), edit.language()).orElse(null);
            throw new TranslationConflictException(row(edit.entity(), edit.key(), edit.field(), edit.language(),
                    Map.of(), german.body(), now));
        }
        audit.record(CurrentUser.name(), "TRANSLATE", edit.entity(), edit.key(),
                edit.field() + " [" + edit.language() + "] " + edit.status());
        return row(edit.entity(), edit.key(), edit.field(), edit.language(), Map.of(), german.body(), saved);
    }

    /**
     * Confirms that a translation fits its current German text, unchanged.
     *
     * @throws IllegalArgumentException     when there is no translation to confirm
     * @throws TranslationConflictException when someone else saved this text since the user saw it
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'TRANSLATOR')")
    @Transactional
    public TranslationRow markReviewed(String entity, String key, String field, String language,
                                       Integer expectedVersion) {
        var current = texts.find(entity, key, field, language)
                .orElseThrow(() -> new IllegalArgumentException("There is no translation to mark as reviewed"));
        return save(new TranslationEdit(entity, key, field, language, current.body(), TranslationStatus.REVIEWED,
                expectedVersion));
    }

    /** Null means every language. */
    private Set<String> allowedLanguages() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("Translating needs a signed-in user");
        }
        var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (roles.contains("ROLE_ADMIN") || roles.contains("ROLE_EDITOR")) {
            return null;
        }
        return accounts.translationLanguages(authentication.getName());
    }

    private void checkMayTranslate(String language, String source) {
        if (Objects.equals(language, source)) {
            throw new IllegalArgumentException("The German source texts are changed in the editors, not translated");
        }
        var allowed = allowedLanguages();
        if (allowed != null && !allowed.contains(language)) {
            throw new AccessDeniedException(CurrentUser.name() + " may not translate into " + language);
        }
    }

    private static TranslationRow row(String entity, String key, String field, String language,
                                      Map<String, String> names, String german, StoredText stored) {
        String name = names.getOrDefault(id(entity, key, ""), key);
        if (stored == null) {
            return new TranslationRow(entity, key, field, language, name, german, null, TranslationStatus.MISSING,
                    null, null, null);
        }
        String translatedFrom = stored.status() == TranslationStatus.OUTDATED ? stored.sourceText() : null;
        return new TranslationRow(entity, key, field, language, name, german, stored.body(), stored.status(),
                translatedFrom, stored.updatedAt(), stored.version());
    }

    /** The German name of everything that has texts, so a row says what it belongs to. */
    private static Map<String, String> names(ContentPackage content, String source) {
        var names = new HashMap<String, String>();
        for (TextField field : ContentTexts.of(content)) {
            if ((field.field().equals("name") || field.field().equals("title")) && field.text().has(source)) {
                names.putIfAbsent(id(field.entity(), field.key(), ""), field.text().texts().get(source));
            }
        }
        var types = new HashMap<String, String>();
        content.documentTypes().forEach(d -> types.put(d.key(), d.name().in(List.of(source))));
        for (var service : content.services()) {
            for (var item : service.checklist()) {
                names.put(id("checklist_item", ContentTexts.checklistKey(service.key(), item.documentType()), ""),
                        service.title().in(List.of(source)) + " · " + types.getOrDefault(item.documentType(),
                                item.documentType()));
            }
        }
        for (var office : content.offices()) {
            for (var exception : office.exceptions()) {
                names.put(id("office_exception", ContentTexts.exceptionKey(office.key(), exception.from()), ""),
                        office.name().in(List.of(source)) + " · " + exception.from());
            }
        }
        return names;
    }

    private static String id(String entity, String key, String field) {
        return entity + "|" + key + "|" + field;
    }
}
