package org.wegweiser.publishing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.publishing.internal.RevisionEntity;
import org.wegweiser.publishing.internal.RevisionRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

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

    @Transactional(readOnly = true)
    public List<Revision> revisions() {
        return revisions.summaries().stream()
                .map(s -> new Revision(s.number(), s.publishedAt(), s.publishedBy(), s.note())).toList();
    }
}
