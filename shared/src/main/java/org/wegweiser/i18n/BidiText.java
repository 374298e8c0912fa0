package org.wegweiser.i18n;

import java.util.regex.Pattern;

/**
 * Keeps numbers readable inside right-to-left text. The Unicode bidi algorithm reorders a
 * range like "1–6" into "6–1" and a phone number like "+49 1234 567-100" into
 * "100-567 1234 49+" when they stand in Arabic or Persian sentences; isolating each such run
 * (U+2066 … U+2069) keeps it left to right as written.
 */
public final class BidiText {

    private static final Pattern NUMBER_RUN = Pattern.compile("\\+?\\d(?:[\\d\\s./:,\\-–—]*\\d)?");
    private static final char LRI = '\u2066';
    private static final char PDI = '\u2069';

    private BidiText() {
    }

    /** The text with every run of digits and their separators isolated left to right. */
    public static String isolateNumbers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return NUMBER_RUN.matcher(text).replaceAll(match -> {
            String run = match.group();
            // Digits alone (no separator) are never reordered; leave them as they are.
            return run.chars().allMatch(Character::isDigit) ? run
                    : java.util.regex.Matcher.quoteReplacement(LRI + run + PDI);
        });
    }
}
