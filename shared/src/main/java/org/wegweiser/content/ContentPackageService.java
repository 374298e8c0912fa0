package org.wegweiser.content;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.internal.ContentStore;
import org.wegweiser.content.internal.TranslationRowStore;

import java.time.Clock;
import java.util.List;

/**
 * Import and export of whole content packages (docs/content-package.md). An import is
 * validated completely before anything is written and runs in one transaction: a bad
 * package changes nothing.
 */
@Service
public class ContentPackageService {

    /** Content whose German has not changed for this long is listed as due for a check. */
    static final java.time.Period REVIEW_INTERVAL = java.time.Period.ofMonths(12);

    private final ContentStore store;
    private final TranslationRowStore rows;
    private final AuditLog audit;
    private final Clock clock;

    public ContentPackageService(ContentStore store, TranslationRowStore rows, AuditLog audit, Clock clock) {
        this.store = store;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws ContentPackageException listing every problem, when the package cannot be imported */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public ImportResult importPackage(byte[] json, String actor) {
        ContentPackage content = ContentPackageCodec.read(json);
        validate(content);
        try {
            store.replaceWith(content, clock.instant());
        } catch (jakarta.persistence.PersistenceException | org.springframework.dao.DataAccessException e) {
            // What the validator does not know (a column's size) the database still refuses; the whole import rolls back.
            String reason = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            throw new ContentPackageException(List.of(new ContentPackageException.Problem("package",
                    "does not fit the database, nothing was imported: " + String.valueOf(reason).replaceFirst("^\\(conn=\\d+\\) ", ""))));
        }
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

    /**
     * Missing, draft, outdated and reviewed translations per language; services without a place
     * to go or without a checklist; and content not reviewed for a year. "Reviewed" means an
     * editor changed one of its German texts (content has no "checked, still right" mark yet),
     * so a service whose newest German text is older than {@link #REVIEW_INTERVAL} is listed.
     */
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
            int reviewed = Math.max(0, fields.size() - missing - draft - outdated);
            return new Attention.LanguageState(l.code(), l.nativeName(), missing, draft, outdated, reviewed,
                    fields.size());
        }).toList();
        var withoutPlace = content.services().stream()
                .filter(s -> s.rooms().isEmpty() && s.partnerPlace() == null)
                .map(s -> s.title().in(List.of(source))).toList();
        var withoutChecklist = content.services().stream().filter(s -> s.checklist().isEmpty())
                .map(s -> s.title().in(List.of(source))).toList();
        return new Attention(languages, withoutPlace, withoutChecklist, notReviewed(content, source));
    }

    private List<Attention.Unreviewed> notReviewed(ContentPackage content, String source) {
        var lastChanged = new java.util.HashMap<String, java.time.Instant>();
        for (StoredText text : rows.all()) {
            if (text.language().equals(source)) {
                // A checklist note belongs to its service, an exception's note to its office.
                String entity = switch (text.entity()) {
                    case "checklist_item" -> "service";
                    case "office_exception" -> "office";
                    default -> text.entity();
                };
                String key = text.key().contains("/") ? text.key().substring(0, text.key().indexOf('/')) : text.key();
                lastChanged.merge(entity + "|" + key, text.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        var zone = java.time.ZoneId.of(content.organisation().timeZone());
        var cutoff = java.time.ZonedDateTime.now(clock.withZone(zone)).minus(REVIEW_INTERVAL).toInstant();
        var due = new java.util.ArrayList<Attention.Unreviewed>();
        var names = List.of(source);
        content.services().forEach(s -> due.add(unreviewed("service", s.key(), s.title().in(names), lastChanged)));
        content.offices().forEach(o -> due.add(unreviewed("office", o.key(), o.name().in(names), lastChanged)));
        content.partnerPlaces().forEach(p -> due.add(unreviewed("partner_place", p.key(), p.name().in(names), lastChanged)));
        content.topics().forEach(t -> due.add(unreviewed("topic", t.key(), t.title().in(names), lastChanged)));
        content.documentTypes().forEach(d -> due.add(unreviewed("document_type", d.key(), d.name().in(names), lastChanged)));
        return due.stream().filter(u -> u.lastChanged() != null && u.lastChanged().isBefore(cutoff))
                .sorted(java.util.Comparator.comparing(Attention.Unreviewed::lastChanged)).toList();
    }

    private static Attention.Unreviewed unreviewed(String entity, String key, String name,
                                                   java.util.Map<String, java.time.Instant> lastChanged) {
        return new Attention.Unreviewed(entity, key, name, lastChanged.get(entity + "|" + key));
    }

    @Transactional(readOnly = true)
    public byte[] exportPackage() {
        return ContentPackageCodec.write(draft());
    }

    /**
     * A package of the chosen topics with all they need to be imported on their own: their
     * services (naming only the chosen topics), the offices, partner places and document types
     * those point at, and the whole sites that hold their rooms. Announcements stay behind.
     * Importing it replaces a draft like any package does, so it suits an empty installation.
     *
     * @throws IllegalArgumentException when no topic is chosen or a key is not a topic of the draft
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public byte[] exportTopics(java.util.Collection<String> topicKeys) {
        var all = draft();
        var chosen = java.util.Set.copyOf(topicKeys);
        var topics = all.topics().stream().filter(t -> chosen.contains(t.key())).toList();
        if (chosen.isEmpty() || topics.size() != chosen.size()) {
            throw new IllegalArgumentException("Choose topics of the draft, not " + topicKeys);
        }
        var services = all.services().stream().filter(s -> s.topics().stream().anyMatch(chosen::contains))
                .map(s -> new ContentPackage.Service(s.key(), s.pictogram(), s.title(), s.summary(), s.whatHappens(),
                        s.office(), s.rooms(), s.partnerPlace(), s.topics().stream().filter(chosen::contains).toList(),
                        s.checklist(), s.fees(), s.appointmentRequired(), s.onlineUrl(), s.leikaKey(), s.keywords()))
                .toList();
        var officeKeys = services.stream().map(ContentPackage.Service::office).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        var offices = all.offices().stream().filter(o -> officeKeys.contains(o.key())).toList();
        var placeKeys = services.stream().map(ContentPackage.Service::partnerPlace).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        var places = all.partnerPlaces().stream().filter(p -> placeKeys.contains(p.key())).toList();
        var typeKeys = services.stream().flatMap(s -> s.checklist().stream()).map(ContentPackage.ChecklistItem::documentType)
                .collect(java.util.stream.Collectors.toSet());
        var types = all.documentTypes().stream().filter(d -> typeKeys.contains(d.key())).toList();
        var roomKeys = new java.util.HashSet<String>();
        services.forEach(s -> roomKeys.addAll(s.rooms()));
        offices.forEach(o -> roomKeys.addAll(o.rooms()));
        var sites = all.sites().stream().filter(site -> site.buildings().stream().flatMap(b -> b.floors().stream())
                .flatMap(f -> f.rooms().stream()).anyMatch(r -> roomKeys.contains(r.key()))).toList();
        var selection = new ContentPackage(all.format(), all.schemaVersion(), all.organisation(), all.languages(), sites,
                offices, places, topics, types, services, List.of(), List.of());
        var texts = new java.util.HashSet<String>();
        ContentTexts.of(selection).forEach(f -> texts.add(f.entity() + "|" + f.key() + "|" + f.field()));
        var states = all.translationStates().stream()
                .filter(st -> texts.contains(st.entity() + "|" + st.key() + "|" + st.field())).toList();
        var result = new ContentPackage(selection.format(), selection.schemaVersion(), selection.organisation(),
                selection.languages(), sites, offices, places, topics, types, services, List.of(), states);
        validate(result);
        return ContentPackageCodec.write(result);
    }

    @Transactional(readOnly = true)
    public boolean hasContent() {
        return !store.isEmpty();
    }
}
