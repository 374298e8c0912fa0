package org.wegweiser.audit;

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

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int count) {
        return entries.findTop100ByOrderByIdDesc().stream().limit(count)
                .map(e -> new AuditEntry(e.happenedAt(), e.actor(), e.action(), e.entityType(), e.entitySlug(),
                        e.detail()))
                .toList();
    }
}
