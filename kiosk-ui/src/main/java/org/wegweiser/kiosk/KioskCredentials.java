package org.wegweiser.kiosk;

import jakarta.servlet.http.Cookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises a paired kiosk by the secret in its cookie. Answers are kept for half a minute, so
 * navigating costs no database round trip, and while the database is down the last answer (or,
 * for a kiosk not seen since start, the configured fallback) keeps the kiosk working.
 */
@Component
public class KioskCredentials {

    private static final Logger log = LoggerFactory.getLogger(KioskCredentials.class);
    private static final Duration KEEP = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    private final KioskFleet fleet;
    private final KioskSettings fallback;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(Optional<ThisKiosk> kiosk, Instant at) {
    }

    KioskCredentials(KioskFleet fleet, KioskSettings fallback, Clock clock) {
        this.fleet = fleet;
        this.fallback = fallback;
        this.clock = clock;
    }

    /** The secret of the kiosk credential cookie, if the request carries one. */
    public static Optional<String> secret(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        for (var cookie : cookies) {
            if (cookie.getName().equals(KioskFleet.CREDENTIAL_COOKIE) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The kiosk this secret belongs to; empty for no secret, an unknown or a revoked one. */
    public Optional<ThisKiosk> kiosk(String secret) {
        if (secret == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var cached = known.get(secret);
        if (cached != null && Duration.between(cached.at(), now).compareTo(KEEP) < 0) {
            return cached.kiosk();
        }
        try {
            var kiosk = fleet.kiosk(secret).map(k -> new ThisKiosk(k.id(), fallback.of(k.setup())));
            if (known.size() > MAX_REMEMBERED) {
                known.clear();
            }
            known.put(secret, new Known(kiosk, now));
            return kiosk;
        } catch (DataAccessException e) {
            log.info("Kiosk credential not checked, the database is not reachable: {}", e.getMessage());
            return cached != null ? cached.kiosk() : Optional.of(new ThisKiosk(null, fallback));
        }
    }

    /** Forgets what was known of this secret, e.g. after the kiosk was told it is revoked. */
    public void forget(String secret) {
        known.remove(secret);
    }
}
