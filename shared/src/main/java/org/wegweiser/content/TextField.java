package org.wegweiser.content;

/**
 * One translatable field of one piece of content, with its texts in every language.
 *
 * @param entity   kind of content, as stored in translations: {@code service}, {@code room}, …
 * @param key      the content's key; parts below a service or office use {@code parent/child}
 * @param field    the field's name in the content package: {@code title}, {@code summary}, …
 * @param required whether the default language must have a text
 * @param where    the field's place in a content package, for messages
 */
public record TextField(String entity, String key, String field, LocalizedText text, boolean required,
                        String where) {
}
