package org.wegweiser.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.Function;

/**
 * The security headers of both applications, set before anything else answers: a Content
 * Security Policy chosen per request, no MIME sniffing, no referrer to other sites, no framing,
 * and HSTS only on requests that came over HTTPS (directly or, behind a trusted proxy, by
 * X-Forwarded-Proto). See docs/security.md.
 */
public final class SecurityHeaders implements Filter {

    /**
     * For Vaadin Flow pages (the kiosk, admin-ui). Flow's bootstrap needs inline script and
     * style, and its client evaluates the JavaScript the server sends with {@code new Function}
     * (vaadin/flow#10810), hence 'unsafe-eval' here and only here; without it the pages stay
     * blank (tried in the browser tests). No plugins, no framing, no connections, form posts or
     * base URLs to other sites.
     */
    public static final String VAADIN_PAGES = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** For the phone pages, plain server HTML: no script at all, nothing from elsewhere. */
    public static final String NO_SCRIPT_PAGES = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The policy with its frame-ancestors set to the one origin allowed to frame the page (admin-ui's live preview). */
    public static String framedOnlyBy(String policy, String origin) {
        return policy.replace("frame-ancestors 'none'", "frame-ancestors " + origin);
    }

    /** The policy allowing frames from the one origin besides its own (admin-ui shows kiosk-ui's preview). */
    public static String framing(String policy, String origin) {
        return policy + "; frame-src 'self' " + origin;
    }

    /** The origin (scheme, host, port) of a URL such as http://localhost:8080/kiosk. */
    public static String origin(String url) {
        return java.net.URI.create(url).resolve("/").toString().replaceAll("/$", "");
    }

    private static final String HSTS = "max-age=31536000; includeSubDomains";

    private final Function<HttpServletRequest, String> policy;

    public SecurityHeaders(Function<HttpServletRequest, String> policy) {
        this.policy = policy;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            String csp = policy.apply(http);
            answer.setHeader("Content-Security-Policy", csp);
            answer.setHeader("X-Content-Type-Options", "nosniff");
            answer.setHeader("Referrer-Policy", "same-origin");
            if (csp.contains("frame-ancestors 'none'")) {
                answer.setHeader("X-Frame-Options", "DENY");
            }
            if (http.isSecure()) {
                answer.setHeader("Strict-Transport-Security", HSTS);
            }
        }
        chain.doFilter(request, response);
    }
}
