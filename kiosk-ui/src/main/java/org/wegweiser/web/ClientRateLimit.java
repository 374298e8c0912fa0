package org.wegweiser.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client for the few things the public side writes (scan counts, search
 * misses, kiosk heartbeats): a client may do {@code burst} at once and then one every
 * {@code refillEvery}; a flood is refused instead of filling the database. The client is the
 * remote address, which Tomcat takes from X-Forwarded-For only when the request comes from a
 * trusted proxy ({@code server.tomcat.remoteip.internal-proxies}). In memory, per instance.
 */
public final class ClientRateLimit {

    // Past this many clients, those whose bucket has refilled are forgotten, so invented addresses cannot fill the heap.
    private static final int MAX_CLIENTS = 100_000;

    private final Clock clock;
    private final int burst;
    private final Duration refillEvery;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimit(Clock clock, int burst, Duration refillEvery) {
        if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("burst >= 1 and a positive refill interval");
        }
        this.clock = clock;
        this.burst = burst;
        this.refillEvery = refillEvery;
    }

    /** Takes one token: empty when the client may go ahead, else how long until it may try again. */
    public Optional<Duration> take(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            forgetFull();
        }
        Bucket bucket = buckets.computeIfAbsent(client == null ? "" : client, c -> new Bucket(burst, clock.instant()));
        synchronized (bucket) {
            refill(bucket);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            long nanosPerToken = refillEvery.toNanos();
            long waited = Duration.between(bucket.updated, clock.instant()).toNanos();
            return Optional.of(Duration.ofNanos(Math.max(1, nanosPerToken - waited)));
        }
    }

    private void refill(Bucket bucket) {
        Instant now = clock.instant();
        long elapsed = Duration.between(bucket.updated, now).toNanos();
        long tokens = elapsed / refillEvery.toNanos();
        if (tokens > 0) {
            bucket.tokens = (int) Math.min(burst, bucket.tokens + tokens);
            bucket.updated = bucket.tokens == burst ? now : bucket.updated.plusNanos(tokens * refillEvery.toNanos());
        }
    }

    private void forgetFull() {
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                refill(bucket);
                return bucket.tokens == burst;
            }
        });
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
    }

    private static final class Bucket {
        int tokens;
        Instant updated;

        Bucket(int tokens, Instant updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
