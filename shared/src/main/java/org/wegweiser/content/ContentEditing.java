package org.wegweiser.content;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditEntry;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.internal.ContentStore;
import org.wegweiser.user.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The entity editors: one piece of the draft at a time, in German. A save names the draft it
 * started from; when someone else saved the same thing since, it is refused with their changes
 * ({@link EditConflict}) and nothing is written. A save goes through the same writer as an import,
 * so a translation becomes outdated exactly when the German text of its field changed.
 */
@Service
public class ContentEditing {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final ContentStore store;
    private final ContentPackageService packages;
    private final AuditLog audit;
    private final Clock clock;

    public ContentEditing(ContentStore store, ContentPackageService packages, AuditLog audit, Clock clock) {
        this.store = store;
        this.packages = packages;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<ServiceDraft> services() {
        var content = packages.draft();
        String source = source(content);
        return content.services().stream().map(s -> draft(s, source, version("service", s.key()))).toList();
    }

    /** @throws IllegalArgumentException when the draft has no such service */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public ServiceDraft service(String key) {
        return serviceIn(packages.draft(), key);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public EditChoices choices() {
        var content = packages.draft();
        var names = List.of(source(content));
        var rooms = new ArrayList<EditChoices.Choice>();
        for (var site : content.sites()) {
            for (var building : site.buildings()) {
                for (var floor : building.floors()) {
                    for (var room : floor.rooms()) {
                        String name = room.name().in(names);
                        rooms.add(new EditChoices.Choice(room.key(), room.number() + (name.isEmpty() ? "" : " " + name)
                                + " · " + site.name().in(names)));
                    }
                }
            }
        }
        return new EditChoices(
                content.offices().stream().map(o -> new EditChoices.Choice(o.key(), o.name().in(names))).toList(),
                rooms,
                content.partnerPlaces().stream().map(p -> new EditChoices.Choice(p.key(), p.name().in(names))).toList(),
                content.topics().stream().map(t -> new EditChoices.Choice(t.key(), t.title().in(names))).toList(),
                content.documentTypes().stream().map(d -> new EditChoices.Choice(d.key(), d.name().in(names))).toList(),
                content.sites().stream().map(site -> new EditChoices.Choice(site.key(), site.name().in(names))).toList());
    }

    /**
     * Saves a service. {@code opened} is the draft the editor started from.
     *
     * @return the service as saved, with its new version
     * @throws EditConflict when someone else saved the service after {@code opened} was read
     * @throws EditRefused  when a field is not valid
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public ServiceDraft saveService(ServiceDraft opened, ServiceDraft edited) {
        return save("service", opened.key(), opened, edited, ContentEditing::check,
                (content, source) -> content.withService(opened.key(), s -> merged(s, edited, source)),
                (content, version) -> serviceIn(content, opened.key(), version));
    }

    /** The whole draft as saved, to which the live preview applies what is typed. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public ContentPackage draftForPreview() {
        return packages.draft();
    }

    /** The draft with this service as typed but not saved, for the live preview; nothing is written. */
    public static ContentPackage withUnsavedService(ContentPackage draft, String key, ServiceDraft typed) {
        return draft.withService(key, s -> merged(s, typed, source(draft)));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<OfficeDraft> offices() {
        var content = packages.draft();
        return content.offices().stream().map(o -> draft(o, source(content), version("office", o.key()))).toList();
    }

    /** @throws IllegalArgumentException when the draft has no such office */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public OfficeDraft office(String key) {
        return officeIn(packages.draft(), key, version("office", key));
    }

    /**
     * Saves an office, its opening hours and their exceptions.
     *
     * @throws EditConflict when someone else saved the office after {@code opened} was read
     * @throws EditRefused  when a field is not valid
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public OfficeDraft saveOffice(OfficeDraft opened, OfficeDraft edited) {
        String key = opened.key();
        return save("office", key, opened, edited, ContentEditing::check,
                (content, source) -> with(content, content.offices().stream()
                        .map(o -> o.key().equals(key) ? merged(o, edited, source) : o).toList(), content.services()),
                (content, version) -> officeIn(content, key, version));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<NamedDraft> named(NamedDraft.Kind kind) {
        var content = packages.draft();
        return namedIn(content, kind).stream().map(n -> n.withVersion(version(kind.entity, n.key()))).toList();
    }

    /** @throws IllegalArgumentException when the draft has no such topic or document type */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public NamedDraft named(NamedDraft.Kind kind, String key) {
        return namedIn(packages.draft(), kind, key, version(kind.entity, key));
    }

    /**
     * Saves a topic or a document type.
     *
     * @throws EditConflict when someone else saved it after {@code opened} was read
     * @throws EditRefused  when a field is not valid
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public NamedDraft saveNamed(NamedDraft.Kind kind, NamedDraft opened, NamedDraft edited) {
        String key = opened.key();
        return save(kind.entity, key, opened, edited, (d, problems) -> {
            required("name", d.name(), ServiceDraft.TITLE_MAX, problems);
            optional("description", d.description(), ServiceDraft.TEXT_MAX, problems);
            optional("pictogram", d.pictogram(), ServiceDraft.LINE_MAX, problems);
        }, (content, source) -> switch (kind) {
            case TOPIC -> new ContentPackage(content.format(), content.schemaVersion(), content.organisation(),
                    content.languages(), content.sites(), content.offices(), content.partnerPlaces(),
                    content.topics().stream().map(t -> !t.key().equals(key) ? t : new ContentPackage.Topic(key,
                            blankToNull(edited.pictogram()), german(t.title(), edited.name(), source),
                            german(t.description(), edited.description(), source))).toList(),
                    content.documentTypes(), content.services(), content.announcements(), content.translationStates());
            case DOCUMENT_TYPE -> new ContentPackage(content.format(), content.schemaVersion(), content.organisation(),
                    content.languages(), content.sites(), content.offices(), content.partnerPlaces(), content.topics(),
                    content.documentTypes().stream().map(d -> !d.key().equals(key) ? d
                            : new ContentPackage.DocumentType(key, blankToNull(edited.pictogram()),
                            german(d.name(), edited.name(), source),
                            german(d.description(), edited.description(), source))).toList(),
                    content.services(), content.announcements(), content.translationStates());
        }, (content, version) -> namedIn(content, kind, key, version));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<AnnouncementDraft> announcements() {
        var content = packages.draft();
        return content.announcements().stream()
                .map(a -> draft(a, source(content), version("announcement", a.key()))).toList();
    }

    /** @throws IllegalArgumentException when the draft has no such announcement */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public AnnouncementDraft announcement(String key) {
        return announcementIn(packages.draft(), key, version("announcement", key));
    }

    /**
     * Saves an announcement.
     *
     * @throws EditConflict when someone else saved it after {@code opened} was read
     * @throws EditRefused  when the text is missing or the window ends before it starts
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public AnnouncementDraft saveAnnouncement(AnnouncementDraft opened, AnnouncementDraft edited) {
        String key = opened.key();
        return save("announcement", key, opened, edited, ContentEditing::check, (content, source) ->
                new ContentPackage(content.format(), content.schemaVersion(), content.organisation(),
                        content.languages(), content.sites(), content.offices(), content.partnerPlaces(),
                        content.topics(), content.documentTypes(), content.services(),
                        content.announcements().stream().map(a -> !a.key().equals(key) ? a
                                : new ContentPackage.Announcement(key, german(a.text(), edited.text(), source),
                                edited.validFrom(), edited.validUntil(), edited.sites())).toList(),
                        content.translationStates()),
                (content, version) -> announcementIn(content, key, version));
    }

    /** The save every editor shares: lock, compare with what the editor opened, check, write, audit. */
    <D extends Record> D save(String kind, String key, D opened, D edited,
                                      BiConsumer<D, List<EditRefused.Problem>> check,
                                      BiFunction<ContentPackage, String, ContentPackage> apply,
                                      BiFunction<ContentPackage, Integer, D> read) {
        if (!store.lockForEdit(kind, key)) {
            throw new IllegalArgumentException("There is no " + kind + " " + key);
        }
        var content = packages.draft();
        var current = read.apply(content, version(kind, key));
        checkUnchangedSince(opened, current, kind, key);
        var problems = new ArrayList<EditRefused.Problem>();
        check.accept(edited, problems);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
        }
        write(apply.apply(content, source(content)));
        var changed = EditMerge.changes(current, edited).stream().map(EditConflict.Change::field)
                .collect(Collectors.joining(", "));
        audit.record(CurrentUser.name(), "EDIT", kind, key, changed.isEmpty() ? "saved unchanged" : changed);
        return read.apply(packages.draft(), store.countEdit(kind, key));
    }

    /**
     * Adds a service at the end of the list.
     *
     * @throws EditRefused when the key is taken or not valid, or a field is not valid
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public ServiceDraft createService(ServiceDraft created) {
        var content = packages.draft();
        var problems = new ArrayList<EditRefused.Problem>();
        checkKey(created.key(), content.services().stream().map(ContentPackage.Service::key).toList(), problems);
        check(created, problems);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
        }
        String source = source(content);
        var empty = new ContentPackage.Service(created.key(), null, null, null, null, null, null, null, null, null,
                null, false, null, null, null);
        var services = new ArrayList<>(content.services());
        services.add(merged(empty, created, source));
        write(with(content, content.offices(), services));
        audit.record(CurrentUser.name(), "CREATE", "service", created.key(), null);
        return serviceIn(packages.draft(), created.key());
    }

    private void checkUnchangedSince(Record opened, Record current, String kind, String key) {
        var changes = EditMerge.changes(opened, current);
        if (!changes.isEmpty()) {
            var last = audit.lastAbout(kind, key);
            throw new EditConflict(current, changes, last.map(AuditEntry::actor).orElse(null),
                    last.map(AuditEntry::happenedAt).orElse(null));
        }
    }

    void write(ContentPackage content) {
        var problems = packages.check(content);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems.stream()
                    .map(p -> new EditRefused.Problem("", "edit.invalid.package", p.toString())).toList());
        }
        store.replaceWith(content, clock.instant());
    }

    private static void check(ServiceDraft draft, List<EditRefused.Problem> problems) {
        required("title", draft.title(), ServiceDraft.TITLE_MAX, problems);
        required("summary", draft.summary(), ServiceDraft.TEXT_MAX, problems);
        optional("whatHappens", draft.whatHappens(), ServiceDraft.TEXT_MAX, problems);
        optional("fees", draft.fees(), ServiceDraft.TEXT_MAX, problems);
        optional("keywords", draft.keywords(), ServiceDraft.TEXT_MAX, problems);
        optional("onlineUrl", draft.onlineUrl(), ServiceDraft.LINE_MAX, problems);
        optional("leikaKey", draft.leikaKey(), ServiceDraft.LINE_MAX, problems);
        if (draft.onlineUrl() != null && !draft.onlineUrl().isBlank() && !isWebAddress(draft.onlineUrl())) {
            problems.add(new EditRefused.Problem("onlineUrl", "edit.url", null));
        }
        var types = new java.util.HashSet<String>();
        for (var entry : draft.checklist()) {
            if (!types.add(entry.documentType())) {
                problems.add(new EditRefused.Problem("checklist", "edit.checklist.twice", entry.documentType()));
            }
            optional("checklist", entry.note(), ServiceDraft.LINE_MAX, problems);
        }
    }

    private static void check(OfficeDraft draft, List<EditRefused.Problem> problems) {
        required("name", draft.name(), ServiceDraft.TITLE_MAX, problems);
        optional("description", draft.description(), ServiceDraft.TEXT_MAX, problems);
        for (String line : new String[]{draft.phone(), draft.email(), draft.appointmentPhone()}) {
            optional("phone", line, ServiceDraft.LINE_MAX, problems);
        }
        if (draft.appointmentUrl() != null && !draft.appointmentUrl().isBlank()
                && !isWebAddress(draft.appointmentUrl())) {
            problems.add(new EditRefused.Problem("appointmentUrl", "edit.url", null));
        }
        var days = new java.util.HashSet<String>();
        for (var exception : draft.exceptions()) {
            java.time.LocalDate from;
            java.time.LocalDate to;
            try {
                from = java.time.LocalDate.parse(exception.from());
                to = java.time.LocalDate.parse(exception.to());
            } catch (RuntimeException e) {
                problems.add(new EditRefused.Problem("exceptions", "edit.exception.dates", exception.from()));
                continue;
            }
            if (to.isBefore(from)) {
                problems.add(new EditRefused.Problem("exceptions", "edit.exception.order", exception.from()));
            }
            if (!days.add(exception.from())) {
                problems.add(new EditRefused.Problem("exceptions", "edit.exception.twice", exception.from()));
            }
            if (!exception.closed() && (exception.opens() == null || exception.closes() == null
                    || !java.time.LocalTime.parse(exception.closes()).isAfter(java.time.LocalTime.parse(exception.opens())))) {
                problems.add(new EditRefused.Problem("exceptions", "edit.exception.hours.invalid", exception.from()));
            }
            optional("exceptions", exception.note(), ServiceDraft.LINE_MAX, problems);
        }
    }

    /** Whether a text is an absolute http(s) address. */
    public static boolean isWebAddress(String text) {
        try {
            var uri = new java.net.URI(text.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static void checkKey(String key, List<String> taken, List<EditRefused.Problem> problems) {
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(new EditRefused.Problem("key", "edit.key", null));
        } else if (taken.contains(key)) {
            problems.add(new EditRefused.Problem("key", "edit.key.taken", null));
        }
    }

    static void required(String field, String text, int max, List<EditRefused.Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new EditRefused.Problem(field, "edit.required", null));
        } else {
            optional(field, text, max, problems);
        }
    }

    static void optional(String field, String text, int max, List<EditRefused.Problem> problems) {
        if (text != null && text.strip().length() > max) {
            problems.add(new EditRefused.Problem(field, "edit.tooLong", String.valueOf(max)));
        }
    }

    private static ContentPackage.Service merged(ContentPackage.Service service, ServiceDraft draft, String source) {
        var notes = new HashMap<String, LocalizedText>();
        service.checklist().forEach(c -> notes.put(c.documentType(), c.note()));
        var checklist = draft.checklist().stream().map(c -> new ContentPackage.ChecklistItem(c.documentType(),
                c.optional(), german(notes.getOrDefault(c.documentType(), LocalizedText.EMPTY), c.note(), source)))
                .toList();
        return new ContentPackage.Service(service.key(), blankToNull(draft.pictogram()),
                german(service.title(), draft.title(), source), german(service.summary(), draft.summary(), source),
                german(service.whatHappens(), draft.whatHappens(), source), blankToNull(draft.office()),
                draft.rooms(), blankToNull(draft.partnerPlace()), draft.topics(), checklist,
                german(service.fees(), draft.fees(), source), draft.appointmentRequired(),
                blankToNull(draft.onlineUrl()), blankToNull(draft.leikaKey()),
                german(service.keywords(), draft.keywords(), source));
    }

    /** The text with its German replaced; without German, its translations go too, having nothing to translate. */
    static LocalizedText german(LocalizedText text, String german, String source) {
        String value = blankToNull(german);
        return value == null ? LocalizedText.EMPTY : text.with(source, value);
    }

    private static void check(AnnouncementDraft draft, List<EditRefused.Problem> problems) {
        required("text", draft.text(), ServiceDraft.TEXT_MAX, problems);
        java.time.LocalDateTime from = null;
        java.time.LocalDateTime until = null;
        try {
            from = java.time.LocalDateTime.parse(draft.validFrom());
        } catch (RuntimeException e) {
            problems.add(new EditRefused.Problem("validFrom", "edit.required", null));
        }
        try {
            until = java.time.LocalDateTime.parse(draft.validUntil());
        } catch (RuntimeException e) {
            problems.add(new EditRefused.Problem("validUntil", "edit.required", null));
        }
        if (from != null && until != null && !until.isAfter(from)) {
            problems.add(new EditRefused.Problem("validUntil", "edit.announcement.order", null));
        }
    }

    private static List<NamedDraft> namedIn(ContentPackage content, NamedDraft.Kind kind) {
        String source = source(content);
        return switch (kind) {
            case TOPIC -> content.topics().stream().map(t -> new NamedDraft(t.key(), 0, orEmpty(t.pictogram()),
                    t.title().texts().getOrDefault(source, ""), t.description().texts().getOrDefault(source, "")))
                    .toList();
            case DOCUMENT_TYPE -> content.documentTypes().stream().map(d -> new NamedDraft(d.key(), 0,
                    orEmpty(d.pictogram()), d.name().texts().getOrDefault(source, ""),
                    d.description().texts().getOrDefault(source, ""))).toList();
        };
    }

    private static NamedDraft namedIn(ContentPackage content, NamedDraft.Kind kind, String key, int version) {
        return namedIn(content, kind).stream().filter(n -> n.key().equals(key)).findFirst()
                .map(n -> n.withVersion(version))
                .orElseThrow(() -> new IllegalArgumentException("There is no " + kind.entity + " " + key));
    }

    private static AnnouncementDraft announcementIn(ContentPackage content, String key, int version) {
        return content.announcements().stream().filter(a -> a.key().equals(key)).findFirst()
                .map(a -> draft(a, source(content), version))
                .orElseThrow(() -> new IllegalArgumentException("There is no announcement " + key));
    }

    private static AnnouncementDraft draft(ContentPackage.Announcement a, String source, int version) {
        return new AnnouncementDraft(a.key(), version, a.text().texts().getOrDefault(source, ""), a.validFrom(),
                a.validUntil(), a.sites());
    }

    private static ContentPackage.Office merged(ContentPackage.Office office, OfficeDraft draft, String source) {
        var notes = new HashMap<String, LocalizedText>();
        office.exceptions().forEach(e -> notes.put(e.from(), e.note()));
        var exceptions = draft.exceptions().stream().sorted(java.util.Comparator.comparing(OfficeDraft.Exception::from))
                .map(e -> new ContentPackage.OpeningException(e.from(), e.to(), e.closed(),
                        e.closed() ? null : e.opens(), e.closed() ? null : e.closes(),
                        german(notes.getOrDefault(e.from(), LocalizedText.EMPTY), e.note(), source))).toList();
        return new ContentPackage.Office(office.key(), german(office.name(), draft.name(), source),
                german(office.description(), draft.description(), source), draft.rooms(),
                blankToNull(draft.phone()), blankToNull(draft.email()), blankToNull(draft.appointmentUrl()),
                blankToNull(draft.appointmentPhone()), draft.hours(), exceptions);
    }

    private static OfficeDraft officeIn(ContentPackage content, String key, int version) {
        return content.offices().stream().filter(o -> o.key().equals(key)).findFirst()
                .map(o -> draft(o, source(content), version))
                .orElseThrow(() -> new IllegalArgumentException("There is no office " + key));
    }

    private static OfficeDraft draft(ContentPackage.Office o, String source, int version) {
        Function<LocalizedText, String> de = text -> text.texts().getOrDefault(source, "");
        return new OfficeDraft(o.key(), version, de.apply(o.name()), de.apply(o.description()), orEmpty(o.phone()),
                orEmpty(o.email()), orEmpty(o.appointmentUrl()), orEmpty(o.appointmentPhone()), o.rooms(),
                o.openingHours(), o.exceptions().stream().map(e -> new OfficeDraft.Exception(e.from(), e.to(),
                        e.closed(), e.opens(), e.closes(), de.apply(e.note()))).toList());
    }

    private static ContentPackage with(ContentPackage c, List<ContentPackage.Office> offices,
                                       List<ContentPackage.Service> services) {
        return new ContentPackage(c.format(), c.schemaVersion(), c.organisation(), c.languages(), c.sites(), offices,
                c.partnerPlaces(), c.topics(), c.documentTypes(), services, c.announcements(), c.translationStates());
    }

    private ServiceDraft serviceIn(ContentPackage content, String key) {
        return serviceIn(content, key, version("service", key));
    }

    private static ServiceDraft serviceIn(ContentPackage content, String key, int version) {
        return content.services().stream().filter(s -> s.key().equals(key)).findFirst()
                .map(s -> draft(s, source(content), version))
                .orElseThrow(() -> new IllegalArgumentException("There is no service " + key));
    }

    private static ServiceDraft draft(ContentPackage.Service s, String source, int version) {
        Function<LocalizedText, String> de = text -> text.texts().getOrDefault(source, "");
        return new ServiceDraft(s.key(), version, de.apply(s.title()), de.apply(s.summary()),
                de.apply(s.whatHappens()), de.apply(s.fees()), de.apply(s.keywords()), orEmpty(s.pictogram()),
                orEmpty(s.office()), s.rooms(), orEmpty(s.partnerPlace()), s.topics(),
                s.checklist().stream().map(c -> new ServiceDraft.ChecklistEntry(c.documentType(), c.optional(),
                        de.apply(c.note()))).toList(),
                s.appointmentRequired(), orEmpty(s.onlineUrl()), orEmpty(s.leikaKey()));
    }

    int version(String kind, String key) {
        return Objects.requireNonNullElse(store.version(kind, key), 0);
    }

    static String source(ContentPackage content) {
        return content.organisation().defaultLanguage();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
