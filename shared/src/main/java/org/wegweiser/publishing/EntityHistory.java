package org.wegweiser.publishing;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.ContentFields;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.content.ContentTexts;
import org.wegweiser.publishing.internal.RevisionRepository;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history of one piece of content across the published revisions and the draft, field by
 * field, and bringing one earlier version of it back into the draft (the rest of the draft
 * stays as it is). Revisions are whole packages (ADR 001), so the history reads each of them.
 */
@Service
public class EntityHistory {

    private final ContentPackageService content;
    private final RevisionRepository revisions;
    private final AuditLog audit;

    public EntityHistory(ContentPackageService content, RevisionRepository revisions, AuditLog audit) {
        this.content = content;
        this.revisions = revisions;
        this.audit = audit;
    }

    /** The draft's content of one kind, key to German name, in content order, to choose from. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public Map<String, String> entries(ContentKind kind) {
        var names = new java.util.LinkedHashMap<String, String>();
        if (!content.hasContent()) {
            return names;
        }
        var draft = content.draft();
        String source = draft.organisation().defaultLanguage();
        for (Object item : kind.items(draft)) {
            var fields = ContentFields.of(item);
            String name = fields.getOrDefault("title." + source, fields.getOrDefault("name." + source,
                    fields.getOrDefault("text." + source, kind.keyOf(item))));
            names.put(kind.keyOf(item), name);
        }
        return names;
    }

    /** Every version that differs from the one before, newest first; the draft on top when it is not published yet. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional(readOnly = true)
    public List<EntityVersion> history(ContentKind kind, String key) {
        var versions = new ArrayList<EntityVersion>();
        Map<String, String> previous = Map.of();
        boolean existed = false;
        var summaries = new ArrayList<>(revisions.summaries());
        java.util.Collections.reverse(summaries);
        for (var summary : summaries) {
            var item = kind.find(revision(summary.number()), key);
            var fields = ContentFields.of(item.orElse(null));
            if (item.isPresent() != existed || !fields.equals(previous)) {
                versions.add(new EntityVersion(summary.number(), summary.publishedAt(), summary.publishedBy(),
                        item.isPresent(), changes(previous, fields)));
            }
            previous = fields;
            existed = item.isPresent();
        }
        if (content.hasContent()) {
            var item = kind.find(content.draft(), key);
            var fields = ContentFields.of(item.orElse(null));
            if (item.isPresent() != existed || !fields.equals(previous)) {
                versions.add(new EntityVersion(null, null, null, item.isPresent(), changes(previous, fields)));
            }
        }
        java.util.Collections.reverse(versions);
        return versions;
    }

    /**
     * Makes the version published in the given revision the draft of this one piece of content,
     * with its texts and their translation states; everything else in the draft stays.
     *
     * @throws IllegalArgumentException                        when the revision does not hold this content
     * @throws org.wegweiser.content.ContentPackageException when the old version no longer fits the draft (say, its room is gone)
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public void restoreAsDraft(ContentKind kind, String key, int revisionNumber, String actor) {
        var revision = revision(revisionNumber);
        var item = kind.find(revision, key).orElseThrow(() -> new IllegalArgumentException(
                "Revision " + revisionNumber + " has no " + kind.list() + " '" + key + "'"));
        var draft = content.draft();
        var restored = kind.with(draft, item);
        Set<String> texts = new LinkedHashSet<>();
        ContentTexts.of(kind.alone(item)).forEach(f -> texts.add(f.entity() + "|" + f.key() + "|" + f.field()));
        kind.find(draft, key).ifPresent(current -> ContentTexts.of(kind.alone(current))
                .forEach(f -> texts.add(f.entity() + "|" + f.key() + "|" + f.field())));
        var states = new ArrayList<ContentPackage.TranslationState>();
        draft.translationStates().stream().filter(s -> !texts.contains(s.entity() + "|" + s.key() + "|" + s.field()))
                .forEach(states::add);
        revision.translationStates().stream().filter(s -> texts.contains(s.entity() + "|" + s.key() + "|" + s.field()))
                .forEach(states::add);
        var withStates = new ContentPackage(restored.format(), restored.schemaVersion(), restored.organisation(),
                restored.languages(), restored.sites(), restored.offices(), restored.partnerPlaces(), restored.topics(),
                restored.documentTypes(), restored.services(), restored.announcements(), states);
        content.importPackage(ContentPackageCodec.write(withStates), actor);
        audit.record(actor, "RESTORE", kind.list(), key, "version of revision " + revisionNumber + " as draft");
    }

    private ContentPackage revision(int number) {
        var revision = revisions.findByNumber(number)
                .orElseThrow(() -> new IllegalArgumentException("There is no revision " + number));
        return ContentPackageCodec.read(revision.content().getBytes(StandardCharsets.UTF_8));
    }

    private static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        var fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        return fields.stream().filter(f -> !Objects.equals(before.get(f), after.get(f)))
                .map(f -> new FieldChange(f, before.get(f), after.get(f))).collect(Collectors.toList());
    }
}
