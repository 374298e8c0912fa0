package org.wegweiser.phone;

/** A piece of text for a phone page with the language it is really in, for {@code lang} and {@code dir}. */
public record PhoneText(String value, String lang, String dir) {
}
