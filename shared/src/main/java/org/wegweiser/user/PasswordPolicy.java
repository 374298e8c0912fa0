package org.wegweiser.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a password a staff member chooses, after NIST SP 800-63B-4 (section 3.1.1.2):
 * length over complexity. At least 15 characters, because a staff password is the only factor
 * (NIST's minimum for that case); up to 128, so passphrases fit; no composition rules; not one of
 * the 10 000 most common passwords (bundled list, see common-passwords.txt) and not containing
 * the user name. Characters are counted as Unicode code points after NFKC normalisation.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Empty when the password may be used, else the message key (below "admin.") that says why not. */
    public static Optional<String> problem(String username, String password) {
        if (password == null) {
            return Optional.of("password.tooShort");
        }
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || (!name.isEmpty() && lower.contains(name))) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        var passwords = new HashSet<String>(16_384);
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
