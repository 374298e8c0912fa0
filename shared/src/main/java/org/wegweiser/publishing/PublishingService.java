package org.wegweiser.publishing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.content.ContentTexts;
import org.wegweiser.publishing.internal.RevisionEntity;
import org.wegweiser.publishing.internal.RevisionRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Editors change draft content; publishing freezes the whole draft into a numbered revision.
 * The public side reads only the newest revision (see {@link PublishedContent}).
 */
@Service
public class PublishingService {

    private final ContentPackageService content;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PublishingService(ContentPackageService content, RevisionRepository revisions, AuditLog audit,
                             ApplicationEventPublisher events, Clock clock) {
        this.content = content;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @throws org.wegweiser.content.ContentPackageException when the draft is not complete enough to show */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public Revision publish(String actor, String note) {
        var draft = content.draft();
        content.validate(draft);
        String json = new String(ContentPackageCodec.write(draft), StandardCharsets.UTF_8);
        var entity = revisions.save(new RevisionEntity(revisions.latestNumber() + 1, clock.instant(), actor, note, json));
        var revision = new Revision(entity.number(), entity.publishedAt(), entity.publishedBy(), entity.note());
        audit.record(actor, "PUBLISH", "revision", String.valueOf(revision.number()), note);
        events.publishEvent(new ContentPublished(revision));
        return revision;
    }

    /**
     * Makes an earlier revision the draft again (an import of its package), so it can be
     * checked and published. The revision history itself is never changed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public void restoreAsDraft(int number, String actor) {
        var revision = revisions.findByNumber(number)
                .orElseThrow(() -> new IllegalArgumentException("There is no revision " + number));
        content.importPackage(revision.content().getBytes(StandardCharsets.UTF_8), actor);
        audit.record(actor, "RESTORE", "revision", String.valueOf(number), "restored as draft");
    }

    /** The texts that differ between two revisions, in package order. */
    @Transactional(readOnly = true)
    public List<TextChange> compare(int older, int newer) {
        return changes(revision(older), revision(newer));
    }

    /** What publishing now would change: the draft's texts against the newest revision. */
    @Transactional(readOnly = true)
    public List<TextChange> pendingChanges() {
        int latest = revisions.latestNumber();
        var draft = content.draft();
        return changes(latest == 0 ? null : revision(latest), draft);
    }

    private ContentPackage revision(int number) {
        var revision = revisions.findByNumber(number)
                .orElseThrow(() -> new IllegalArgumentException("There is no revision " + number));
        return ContentPackageCodec.read(revision.content().getBytes(StandardCharsets.UTF_8));
    }

    private static List<TextChange> changes(ContentPackage older, ContentPackage newer) {
        var before = older == null ? Map.<String, Map<String, String>>of() : texts(older);
        var after = texts(newer);
        var changes = new ArrayList<TextChange>();
        var places = new LinkedHashSet<String>(before.keySet());
        places.addAll(after.keySet());
        for (String place : places) {
            var old = before.getOrDefault(place, Map.of());
            var now = after.getOrDefault(place, Map.of());
            var languages = new LinkedHashSet<String>(old.keySet());
            languages.addAll(now.keySet());
            for (String language : languages) {
                if (!Objects.equals(old.get(language), now.get(language))) {
                    changes.add(new TextChange(place, language, old.get(language), now.get(language)));
                }
            }
        }
        return changes;
    }

    private static Map<String, Map<String, String>> texts(ContentPackage content) {
        var texts = new LinkedHashMap<String, Map<String, String>>();
        ContentTexts.of(content).forEach(field ->
                texts.put(field.entity() + " '" + field.key() + "' " + field.field(), field.text().texts()));
        return texts;
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions() {
        return revisions.summaries().stream()
                .map(s -> new Revision(s.number(), s.publishedAt(), s.publishedBy(), s.note())).toList();
    }
}
