package org.wegweiser.kiosk;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out pairing codes to browsers that open the kiosk without a credential, at most 10 per
 * address and then one a minute, so nobody fills the pairing table from outside.
 */
@Component
public class PairingCodes {

    static final int BURST = 10;
    static final Duration REFILL = Duration.ofMinutes(1);
    private static final int MAX_ADDRESSES = 10_000;

    private final KioskFleet fleet;
    private final Clock clock;
    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();

    private record Allowance(double codes, Instant at) {
    }

    PairingCodes(KioskFleet fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
    }

    /** A new pairing request, or empty while this address has asked for too many. */
    public Optional<PairingRequest> request(String address) {
        if (!take(address == null ? "?" : address)) {
            return Optional.empty();
        }
        return Optional.of(fleet.requestPairing());
    }

    private boolean take(String address) {
        Instant now = clock.instant();
        if (allowances.size() > MAX_ADDRESSES) {
            allowances.clear();
        }
        boolean[] granted = {false};
        allowances.compute(address, (key, previous) -> {
            double codes = previous == null ? BURST
                    : Math.min(BURST, previous.codes() + (double) Duration.between(previous.at(), now).toMillis()
                    / REFILL.toMillis());
            granted[0] = codes >= 1;
            return new Allowance(granted[0] ? codes - 1 : codes, now);
        });
        return granted[0];
    }
}
