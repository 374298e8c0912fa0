package org.wegweiser.admin.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code max-failures} failed sign-ins for one account, or
 * from one client address, within {@code window}, every further attempt for that account or from
 * that address is refused (the right password too) until the window has passed without reaching
 * the limit again. Attempts refused while blocked count as failures, so a guessing script keeps
 * itself out. In memory: a restart forgets, which an attacker cannot trigger from outside.
 */
@Component
class LoginThrottle {

    // Past this many tracked keys the oldest are dropped, so a flood of invented names cannot fill the heap.
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
                  @Value("${wegweiser.login.max-failures:5}") int maxFailures,
                  @Value("${wegweiser.login.window:15m}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean blocked(String username, String address) {
        return reachedLimit(accountKey(username)) || reachedLimit(addressKey(address));
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            forgetExpired();
        }
        record(accountKey(username));
        record(addressKey(address));
    }

    /** A successful sign-in clears the account's count; the address keeps its own. */
    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private boolean reachedLimit(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            Instant since = clock.instant().minus(window);
            return times.size() >= maxFailures && times.peekFirst().isAfter(since);
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    private void forgetExpired() {
        Instant since = clock.instant().minus(window);
        failures.values().removeIf(times -> {
            synchronized (times) {
                return times.isEmpty() || !times.peekLast().isAfter(since);
            }
        });
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
