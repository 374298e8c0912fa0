package org.wegweiser.content.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.wegweiser.content.StoredText;
import org.wegweiser.content.TranslationStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Single translation rows, for the translation workspace; whole packages go through {@link ContentStore}. */
@Component
public class TranslationRowStore {

    @PersistenceContext
    private EntityManager em;

    public List<StoredText> all() {
        return em.createQuery("select t from TranslationEntity t", TranslationEntity.class).getResultList().stream()
                .map(TranslationRowStore::stored).toList();
    }

    public Optional<StoredText> find(String entity, String key, String field, String language) {
        return row(entity, key, field, language).map(TranslationRowStore::stored);
    }

    /**
     * Writes one text. {@code expectedVersion} is the version the writer saw, null when it saw
     * no text: anything else means someone else saved in between.
     *
     * @throws OptimisticLockingFailureException when the row is not at the expected version
     */
    public StoredText write(String entity, String key, String field, String language, String body,
                            TranslationStatus status, String sourceText, Integer expectedVersion, Instant now) {
        var existing = row(entity, key, field, language);
        Integer actual = existing.map(r -> r.version).orElse(null);
        if (!java.util.Objects.equals(actual, expectedVersion)) {
            throw new OptimisticLockingFailureException("translation " + entity + "/" + key + "/" + field + "/"
                    + language + " is at version " + actual + ", not " + expectedVersion);
        }
        var row = existing.orElseGet(() -> {
            var created = new TranslationEntity();
            created.entityType = entity;
            created.entitySlug = key;
            created.field = field;
            created.languageCode = language;
            return created;
        });
        row.body = body;
        row.status = status;
        row.sourceText = sourceText;
        row.updatedAt = now;
        if (row.id == null) {
            em.persist(row);
        }
        em.flush();
        return stored(row);
    }

    public String defaultLanguage() {
        return em.createQuery("select o.defaultLanguage from OrganisationEntity o order by o.id", String.class)
                .getResultList().stream().findFirst().orElse(null);
    }

    private Optional<TranslationEntity> row(String entity, String key, String field, String language) {
        return em.createQuery("""
                        select t from TranslationEntity t where t.entityType = :entity and t.entitySlug = :key
                        and t.field = :field and t.languageCode = :language""", TranslationEntity.class)
                .setParameter("entity", entity).setParameter("key", key).setParameter("field", field)
                .setParameter("language", language).getResultList().stream().findFirst();
    }

    private static StoredText stored(TranslationEntity row) {
        return new StoredText(row.entityType, row.entitySlug, row.field, row.languageCode, row.body, row.status,
                row.sourceText, row.updatedAt, row.version);
    }
}
