package org.wegweiser.user;

import java.util.Set;

/** A staff account as the users page shows it; never the password hash. */
public record UserSummary(String username, String displayName, boolean enabled, boolean mustChangePassword,
                          Set<Role> roles, Set<String> languages) {
}
