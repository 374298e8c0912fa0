package org.wegweiser.content;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.internal.ContentStore;

import java.time.Clock;
import java.util.List;

/**
 * Import and export of whole content packages (docs/content-package.md). An import is
 * validated completely before anything is written and runs in one transaction: a bad
 * package changes nothing.
 */
@Service
public class ContentPackageService {

    private final ContentStore store;
    private final AuditLog audit;
    private final Clock clock;

    public ContentPackageService(ContentStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws ContentPackageException listing every problem, when the package cannot be imported */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public ImportResult importPackage(byte[] json, String actor) {
        ContentPackage content = ContentPackageCodec.read(json);
        validate(content);
        store.replaceWith(content, clock.instant());
        var result = ImportResult.of(content);
        audit.record(actor, "IMPORT", "package", null, result.services() + " services, " + result.texts() + " texts");
        return result;
    }

    /**
     * A dry run: validates the package and says what an import would create, change and
     * remove, without writing anything.
     *
     * @throws ContentPackageException when the package cannot be imported
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] json) {
        ContentPackage incoming = ContentPackageCodec.read(json);
        validate(incoming);
        ContentPackage current = store.isEmpty() ? new ContentPackage(ContentPackage.FORMAT, ContentPackage.SCHEMA_VERSION,
                null, null, null, null, null, null, null, null, null, null) : store.read();
        var kinds = List.of(
                kind("sites", current.sites(), incoming.sites(), ContentPackage.Site::key),
                kind("offices", current.offices(), incoming.offices(), ContentPackage.Office::key),
                kind("partnerPlaces", current.partnerPlaces(), incoming.partnerPlaces(), ContentPackage.PartnerPlace::key),
                kind("topics", current.topics(), incoming.topics(), ContentPackage.Topic::key),
                kind("documentTypes", current.documentTypes(), incoming.documentTypes(), ContentPackage.DocumentType::key),
                kind("services", current.services(), incoming.services(), ContentPackage.Service::key),
                kind("announcements", current.announcements(), incoming.announcements(), ContentPackage.Announcement::key));
        var before = new java.util.HashMap<String, java.util.Map<String, String>>();
        ContentTexts.of(current).forEach(f -> before.put(f.entity() + "|" + f.key() + "|" + f.field(), f.text().texts()));
        int textsChanged = 0;
        for (TextField field : ContentTexts.of(incoming)) {
            var old = before.getOrDefault(field.entity() + "|" + field.key() + "|" + field.field(), java.util.Map.of());
            for (var entry : field.text().texts().entrySet()) {
                if (!entry.getValue().equals(old.get(entry.getKey()))) {
                    textsChanged++;
                }
            }
        }
        return new ImportPreview(kinds, textsChanged);
    }

    private static <T> ImportPreview.Kind kind(String name, List<T> current, List<T> incoming,
                                               java.util.function.Function<T, String> key) {
        var now = new java.util.LinkedHashMap<String, T>();
        current.forEach(item -> now.put(key.apply(item), item));
        var created = new java.util.ArrayList<String>();
        var changed = new java.util.ArrayList<String>();
        int unchanged = 0;
        for (T item : incoming) {
            T old = now.remove(key.apply(item));
            if (old == null) {
                created.add(key.apply(item));
            } else if (!old.equals(item)) {
                changed.add(key.apply(item));
            } else {
                unchanged++;
            }
        }
        return new ImportPreview.Kind(name, created, changed, List.copyOf(now.keySet()), unchanged);
    }

    /** The problems of a package, empty when it can be imported. */
    public List<ContentPackageException.Problem> check(ContentPackage content) {
        return ContentPackageValidator.validate(content);
    }

    /** @throws ContentPackageException when the content is not valid */
    public void validate(ContentPackage content) {
        var problems = check(content);
        if (!problems.isEmpty()) {
            throw new ContentPackageException(problems);
        }
    }

    @Transactional(readOnly = true)
    public ContentPackage draft() {
        if (store.isEmpty()) {
            throw new IllegalStateException("There is no content yet; import a content package first.");
        }
        return store.read();
    }

    /** Missing, draft and outdated translations per language, and services without a place to go. */
    @Transactional(readOnly = true)
    public Attention attention() {
        var content = draft();
        String source = content.organisation().defaultLanguage();
        var fields = ContentTexts.of(content).stream().filter(f -> f.text().has(source)).toList();
        var states = content.translationStates();
        var languages = content.languages().stream().filter(l -> !l.code().equals(source)).map(l -> {
            int missing = (int) fields.stream().filter(f -> !f.text().has(l.code())).count();
            int draft = (int) states.stream().filter(s -> s.language().equals(l.code()) && s.status().equals("DRAFT")).count();
            int outdated = (int) states.stream().filter(s -> s.language().equals(l.code()) && s.status().equals("OUTDATED")).count();
            return new Attention.LanguageState(l.code(), l.nativeName(), missing, draft, outdated);
        }).toList();
        var withoutPlace = content.services().stream()
                .filter(s -> s.rooms().isEmpty() && s.partnerPlace() == null)
                .map(s -> s.title().in(List.of(source))).toList();
        return new Attention(languages, withoutPlace);
    }

    @Transactional(readOnly = true)
    public byte[] exportPackage() {
        return ContentPackageCodec.write(draft());
    }

    @Transactional(readOnly = true)
    public boolean hasContent() {
        return !store.isEmpty();
    }
}
