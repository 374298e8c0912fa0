package org.wegweiser.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A visitor-facing text in several languages, language code to text. Blank texts count as
 * missing. The map keeps the order it was built in, so exports are stable.
 */
public record LocalizedText(Map<String, String> texts) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    @JsonCreator
    public LocalizedText {
        var copy = new LinkedHashMap<String, String>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    copy.put(language, text);
                }
            });
        }
        texts = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    @JsonValue
    public Map<String, String> texts() {
        return texts;
    }

    /** A copy with the text of one language set (or, for null, removed). */
    public LocalizedText with(String language, String text) {
        var copy = new LinkedHashMap<>(texts);
        if (text == null) {
            copy.remove(language);
        } else {
            copy.put(language, text);
        }
        return new LocalizedText(copy);
    }

    public boolean has(String language) {
        return texts.containsKey(language);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The text in the first of the given languages that has one, or an empty string. */
    public String in(List<String> languages) {
        for (String language : languages) {
            String text = texts.get(language);
            if (text != null) {
                return text;
            }
        }
        return "";
    }

    /** The language {@link #in(List)} would answer in, or null when there is none. */
    public String languageOf(List<String> languages) {
        return languages.stream().filter(texts::containsKey).findFirst().orElse(null);
    }
}
