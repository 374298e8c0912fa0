package org.wegweiser.user;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.user.internal.AppUserEntity;
import org.wegweiser.user.internal.AppUserRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

/** Staff accounts. Passwords are stored only as adaptive hashes. */
@Service
public class UserAccountService {

    // No 0/O, 1/l/I: the password is read off a terminal and typed.
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    public UserAccountService(AppUserRepository users, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<LoginAccount> loginAccount(String username) {
        return users.findByUsername(username).map(u -> new LoginAccount(u.username, u.passwordHash, u.enabled,
                u.mustChangePassword, EnumSet.copyOf(u.roles.isEmpty() ? EnumSet.noneOf(Role.class) : u.roles)));
    }

    /**
     * Gives the administrator account a new generated password, creating the account if it
     * does not exist, and returns the password. Used when an installation starts for the
     * first time, so no installation ships with a known default password.
     */
    @Transactional
    public String issueAdministratorPassword(String username) {
        var user = users.findByUsername(username).orElseGet(() -> {
            var created = new AppUserEntity();
            created.username = username;
            created.displayName = "Administrator";
            created.createdAt = clock.instant();
            created.roles.add(Role.ADMIN);
            return created;
        });
        String password = generatePassword(20);
        user.passwordHash = encoder.encode(password);
        user.enabled = true;
        users.save(user);
        audit.record("system", "ISSUE_PASSWORD", "user", username, "generated administrator password");
        return password;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    static String generatePassword(int length) {
        var password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
