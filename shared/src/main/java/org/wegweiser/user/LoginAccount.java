package org.wegweiser.user;

import java.util.Set;

/** What the login needs to know of a user. */
public record LoginAccount(String username, String passwordHash, boolean enabled, boolean mustChangePassword,
                           Set<Role> roles) {
}
