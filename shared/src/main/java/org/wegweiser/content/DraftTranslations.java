package org.wegweiser.content;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.content.internal.TranslationRowStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Row-level access to the draft's texts for the translation feature. It checks no roles: it
 * runs only inside the transaction of a service that does (TranslationService), so a view
 * calling it directly fails.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DraftTranslations {

    private final TranslationRowStore rows;

    DraftTranslations(TranslationRowStore rows) {
        this.rows = rows;
    }

    public List<StoredText> all() {
        return rows.all();
    }

    public Optional<StoredText> find(String entity, String key, String field, String language) {
        return rows.find(entity, key, field, language);
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when someone else saved it in between */
    public StoredText write(String entity, String key, String field, String language, String body,
                            TranslationStatus status, String sourceText, Integer expectedVersion, Instant now) {
        return rows.write(entity, key, field, language, body, status, sourceText, expectedVersion, now);
    }

    /** The language the source texts are written in (German in every town so far). */
    public String defaultLanguage() {
        return rows.defaultLanguage();
    }
}
