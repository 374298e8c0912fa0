package org.wegweiser.user;

import org.springframework.security.access.prepost.PreAuthorize;
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
        return setAdministratorPassword(username, generatePassword(20), false);
    }

    /**
     * The first administrator of a new installation: the password the operator gave (it must
     * pass {@link PasswordPolicy}) or a generated one, which must be changed at the first sign-in.
     *
     * @throws IllegalArgumentException when the given password breaks the policy
     */
    @Transactional
    public String createFirstAdministrator(String username, java.util.Optional<String> givenPassword) {
        givenPassword.flatMap(password -> PasswordPolicy.problem(username, password)).ifPresent(problem -> {
            throw new IllegalArgumentException("The initial administrator password is refused: " + problem);
        });
        return setAdministratorPassword(username, givenPassword.orElseGet(() -> generatePassword(20)), true);
    }

    private String setAdministratorPassword(String username, String password, boolean oneTime) {
        var user = users.findByUsername(username).orElseGet(() -> {
            var created = new AppUserEntity();
            created.username = username;
            created.displayName = "Administrator";
            created.createdAt = clock.instant();
            created.roles.add(Role.ADMIN);
            return created;
        });
        user.passwordHash = encoder.encode(password);
        user.enabled = true;
        user.mustChangePassword = oneTime;
        users.save(user);
        audit.record("system", "ISSUE_PASSWORD", "user", username,
                oneTime ? "first administrator, one-time password" : "generated administrator password");
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.List<UserSummary> list() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(u -> new UserSummary(u.username, u.displayName, u.enabled, u.mustChangePassword,
                        u.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles),
                        java.util.Set.copyOf(u.languages)))
                .toList();
    }

    /**
     * Creates an account with a one-time password, which is returned once and must be changed
     * at the first sign-in.
     *
     * @throws IllegalArgumentException when the user name is taken or invalid, or no role is given
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String create(String username, String displayName, java.util.Set<Role> roles,
                         java.util.Set<String> languages, String actor) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("user name");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new IllegalStateException("taken");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles");
        }
        var user = new AppUserEntity();
        user.username = name;
        user.displayName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        user.createdAt = clock.instant();
        user.roles.addAll(roles);
        user.languages.addAll(languages);
        user.enabled = true;
        String password = generatePassword(16);
        user.passwordHash = encoder.encode(password);
        user.mustChangePassword = true;
        users.save(user);
        audit.record(actor, "CREATE", "user", name, roles.toString());
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(String username, boolean enabled, String actor) {
        var user = users.findByUsername(username).orElseThrow();
        user.enabled = enabled;
        audit.record(actor, enabled ? "ENABLE" : "DISABLE", "user", username, null);
    }

    /** A new one-time password for a user who forgot theirs; returned once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(String username, String actor) {
        var user = users.findByUsername(username).orElseThrow();
        String password = generatePassword(16);
        user.passwordHash = encoder.encode(password);
        user.mustChangePassword = true;
        audit.record(actor, "RESET_PASSWORD", "user", username, null);
        return password;
    }

    /**
     * The signed-in user's own new password, checked against {@link PasswordPolicy}.
     *
     * @return empty when accepted, else the key of the message that says why not
     */
    @Transactional
    public java.util.Optional<String> changeOwnPassword(String username, String newPassword) {
        var problem = PasswordPolicy.problem(username, newPassword);
        if (problem.isPresent()) {
            return problem;
        }
        var user = users.findByUsername(username).orElseThrow();
        user.passwordHash = encoder.encode(newPassword);
        user.mustChangePassword = false;
        audit.record(username, "CHANGE_PASSWORD", "user", username, null);
        return java.util.Optional.empty();
    }

    /**
     * Stores a stronger hash of the password a user has just signed in with (bcrypt hashes
     * become Argon2id). Called by the sign-in, which has verified the password.
     */
    @Transactional
    public void upgradePasswordHash(String username, String newHash) {
        users.findByUsername(username).ifPresent(user -> user.passwordHash = newHash);
    }

    /** The languages a translator may work on; empty for an unknown user. */
    @Transactional(readOnly = true)
    public java.util.Set<String> translationLanguages(String username) {
        return users.findByUsername(username).map(u -> java.util.Set.copyOf(u.languages)).orElse(java.util.Set.of());
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
