package org.wegweiser.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.internal.AuditEntryEntity;
import org.wegweiser.audit.internal.AuditEntryRepository;

import java.time.Clock;
import java.util.List;

/** Who changed what, when. Entries are written in the caller's transaction, so a rolled-back change leaves none. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    public AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, String entitySlug, String detail) {
        entries.save(new AuditEntryEntity(clock.instant(), actor, action, entityType, entitySlug, detail));
    }

    /** For events outside any change (sign-ins, failed sign-ins): an entry of its own. */
    @Transactional
    public void recordEvent(String actor, String action, String detail) {
        record(actor, action, null, null, detail);
    }

    /** The newest entries, optionally only those whose actor or action contains the filter text. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(String filter, int max) {
        String text = filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
        return entries.findTop500ByOrderByIdDesc().stream()
                .filter(e -> text.isEmpty() || e.actor().toLowerCase(java.util.Locale.ROOT).contains(text)
                        || e.action().toLowerCase(java.util.Locale.ROOT).contains(text))
                .limit(max)
                .map(e -> new AuditEntry(e.happenedAt(), e.actor(), e.action(), e.entityType(), e.entitySlug(), e.detail()))
                .toList();
    }

    /** The newest entry about one piece of content, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Optional<AuditEntry> lastAbout(String entityType, String entitySlug) {
        return entries.findFirstByEntityTypeAndEntitySlugOrderByIdDesc(entityType, entitySlug)
                .map(e -> new AuditEntry(e.happenedAt(), e.actor(), e.action(), e.entityType(), e.entitySlug(),
                        e.detail()));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int count) {
        return entries.findTop100ByOrderByIdDesc().stream().limit(count)
                .map(e -> new AuditEntry(e.happenedAt(), e.actor(), e.action(), e.entityType(), e.entitySlug(),
                        e.detail()))
                .toList();
    }
}
