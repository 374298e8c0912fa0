package org.wegweiser.admin.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.wegweiser.audit.AuditLog;

/** Sign-ins and failed sign-ins go to the audit log (the name typed, never the password). */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.recordEvent(event.getAuthentication().getName(), "SIGN_IN", null);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        audit.recordEvent(name.length() > 100 ? name.substring(0, 100) : name, "SIGN_IN_FAILED",
                event.getException().getClass().getSimpleName());
    }
}
