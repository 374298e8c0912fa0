package org.wegweiser.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant happenedAt;
    private String actor;
    private String action;
    private String entityType;
    private String entitySlug;
    private String detail;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(Instant happenedAt, String actor, String action, String entityType, String entitySlug,
                            String detail) {
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entitySlug = entitySlug;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }

    public Instant happenedAt() { return happenedAt; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String entityType() { return entityType; }
    public String entitySlug() { return entitySlug; }
    public String detail() { return detail; }
}
