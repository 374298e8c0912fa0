package org.wegweiser.audit;

import java.time.Instant;

public record AuditEntry(Instant happenedAt, String actor, String action, String entityType, String entitySlug,
                         String detail) {
}
