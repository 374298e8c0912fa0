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
                content.documentTypes().stream().map(d -> new EditChoices.Choice(d.key(), d.name().in(names))).toList());
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
        String key = opened.key();
        if (!store.lockForEdit("service", key)) {
            throw new IllegalArgumentException("There is no service " + key);
        }
        var content = packages.draft();
        var current = serviceIn(content, key);
        checkUnchangedSince(opened, current, "service", key);
        check(edited, content);
        String source = source(content);
        write(content.withService(key, s -> merged(s, edited, source)));
        var changed = EditMerge.changes(current, edited).stream().map(EditConflict.Change::field)
                .collect(Collectors.joining(", "));
        audit.record(CurrentUser.name(), "EDIT", "service", key, changed.isEmpty() ? "saved unchanged" : changed);
        int version = store.countEdit("service", key);
        return serviceIn(packages.draft(), key, version);
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
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
        }
        check(created, content);
        String source = source(content);
        var empty = new ContentPackage.Service(created.key(), null, null, null, null, null, null, null, null, null,
                null, false, null, null, null);
        var services = new ArrayList<>(content.services());
        services.add(merged(empty, created, source));
        write(new ContentPackage(content.format(), content.schemaVersion(), content.organisation(),
                content.languages(), content.sites(), content.offices(), content.partnerPlaces(), content.topics(),
                content.documentTypes(), services, content.announcements(), content.translationStates()));
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

    private void write(ContentPackage content) {
        var problems = packages.check(content);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems.stream()
                    .map(p -> new EditRefused.Problem("", "edit.invalid.package", p.toString())).toList());
        }
        store.replaceWith(content, clock.instant());
    }

    private static void check(ServiceDraft draft, ContentPackage content) {
        var problems = new ArrayList<EditRefused.Problem>();
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
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
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

    private static void checkKey(String key, List<String> taken, List<EditRefused.Problem> problems) {
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(new EditRefused.Problem("key", "edit.key", null));
        } else if (taken.contains(key)) {
            problems.add(new EditRefused.Problem("key", "edit.key.taken", null));
        }
    }

    private static void required(String field, String text, int max, List<EditRefused.Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new EditRefused.Problem(field, "edit.required", null));
        } else {
            optional(field, text, max, problems);
        }
    }

    private static void optional(String field, String text, int max, List<EditRefused.Problem> problems) {
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
    private static LocalizedText german(LocalizedText text, String german, String source) {
        String value = blankToNull(german);
        return value == null ? LocalizedText.EMPTY : text.with(source, value);
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

    private int version(String kind, String key) {
        return Objects.requireNonNullElse(store.version(kind, key), 0);
    }

    private static String source(ContentPackage content) {
        return content.organisation().defaultLanguage();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
