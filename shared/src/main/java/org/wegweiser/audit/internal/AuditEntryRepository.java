package org.wegweiser.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long> {
    List<AuditEntryEntity> findTop100ByOrderByIdDesc();

    List<AuditEntryEntity> findTop500ByOrderByIdDesc();

    java.util.Optional<AuditEntryEntity> findFirstByEntityTypeAndEntitySlugOrderByIdDesc(String entityType,
                                                                                     String entitySlug);
}
