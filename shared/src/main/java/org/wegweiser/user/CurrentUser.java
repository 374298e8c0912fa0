package org.wegweiser.user;

import org.springframework.security.core.context.SecurityContextHolder;

/** The name the audit log records for whoever calls a service now. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SystemActor.NAME : authentication.getName();
    }
}
