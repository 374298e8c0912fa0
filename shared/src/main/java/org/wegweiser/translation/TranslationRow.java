package org.wegweiser.translation;

import org.wegweiser.content.TranslationStatus;

import java.time.Instant;

/**
 * One translatable field in one target language, with its German source beside it.
 *
 * @param entityName     what the field belongs to, in German ("Reisepass beantragen")
 * @param text           the translation, null when it is missing
 * @param translatedFrom for an outdated translation, the German it was made from (null when unknown)
 * @param version        what a save must name to prove it saw this state; null when the text is missing
 */
public record TranslationRow(String entity, String key, String field, String language, String entityName,
                             String source, String text, TranslationStatus status, String translatedFrom,
                             Instant updatedAt, Integer version) {

    /** Who edits sees this row as it is now; a save names it, so nothing is silently overwritten. */
    public TranslationEdit edit(String newText, TranslationStatus newStatus) {
        return new TranslationEdit(entity, key, field, language, newText, newStatus, version);
    }

    /** The newer state of the same field (as a save returns it, named by key only) under this row's name. */
    public TranslationRow updatedTo(TranslationRow newer) {
        return new TranslationRow(entity, key, field, language, entityName, newer.source, newer.text, newer.status,
                newer.translatedFrom, newer.updatedAt, newer.version);
    }
}
