package org.wegweiser.content;

import java.time.Instant;

/**
 * One stored text of the draft in one language, as the translation workspace needs it.
 *
 * @param sourceText the German text this translation was made from; null for the German text itself or when unknown
 * @param updatedAt  when the text, its status or its source last changed
 */
public record StoredText(String entity, String key, String field, String language, String body,
                         TranslationStatus status, String sourceText, Instant updatedAt, int version) {
}
