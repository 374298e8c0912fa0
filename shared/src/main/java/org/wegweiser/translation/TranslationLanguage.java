package org.wegweiser.translation;

/** A language someone may translate into, with the direction its input needs. */
public record TranslationLanguage(String code, String nativeName, boolean rightToLeft) {
}
