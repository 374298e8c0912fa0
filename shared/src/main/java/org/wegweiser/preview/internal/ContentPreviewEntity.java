package org.wegweiser.preview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stored draft preview: a content package under a random token, until it expires. Never changed. */
@Entity
@Table(name = "content_preview")
public class ContentPreviewEntity {
    @Id
    private String token;
    @Lob
    @Column(columnDefinition = "longtext")
    private String content;
    private String createdBy;
    private Instant createdAt;
    private Instant expiresAt;

    protected ContentPreviewEntity() {
    }

    public ContentPreviewEntity(String token, String content, String createdBy, Instant createdAt, Instant expiresAt) {
        this.token = token;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String token() { return token; }
    public String content() { return content; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
}
