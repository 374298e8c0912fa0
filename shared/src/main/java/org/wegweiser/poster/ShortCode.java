package org.wegweiser.poster;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Short codes for poster links: six characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), so a code can be typed from print. 31^6 ≈ 887 million codes: a few hundred
 * posters cannot be found by trying codes, so scan counts cannot be polluted by enumeration.
 */
public final class ShortCode {

    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    public static final int LENGTH = 6;
    private static final Pattern VALID = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortCode() {
    }

    public static String generate() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether the text could be a code at all; typed codes are accepted in any case. */
    public static boolean isWellFormed(String code) {
        return code != null && VALID.matcher(code.toLowerCase(java.util.Locale.ROOT)).matches();
    }
}
