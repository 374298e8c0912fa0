package org.wegweiser.translation;

import org.wegweiser.content.TranslationStatus;

/**
 * A translator's save: the new text of one field in one language, as DRAFT or REVIEWED.
 *
 * @param expectedVersion the version of the row the translator saw, null when it was missing
 */
public record TranslationEdit(String entity, String key, String field, String language, String text,
                              TranslationStatus status, Integer expectedVersion) {
}
