package org.wegweiser.publishing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A published revision: the frozen content package. Never changed after it is written. */
@Entity
@Table(name = "revision")
public class RevisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int number;
    private Instant publishedAt;
    private String publishedBy;
    private String note;
    @Lob
    @Column(columnDefinition = "longtext")
    private String content;

    protected RevisionEntity() {
    }

    public RevisionEntity(int number, Instant publishedAt, String publishedBy, String note, String content) {
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
        this.content = content;
    }

    public int number() { return number; }
    public Instant publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
    public String note() { return note; }
    public String content() { return content; }
}
