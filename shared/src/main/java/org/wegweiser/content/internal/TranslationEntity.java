package org.wegweiser.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wegweiser.content.TranslationStatus;

import java.time.Instant;

@Entity
@Table(name = "translation")
public class TranslationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String entityType;
    String entitySlug;
    String field;
    String languageCode;
    @Column(columnDefinition = "text")
    String body;
    @Enumerated(EnumType.STRING)
    TranslationStatus status;
    @Column(columnDefinition = "text")
    String sourceText;
    Instant updatedAt;
    @Version
    int version;
}
