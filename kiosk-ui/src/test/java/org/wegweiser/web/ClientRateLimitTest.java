package org.wegweiser.web;

import org.junit.jupiter.api.Test;
import org.wegweiser.testing.MutableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final ClientRateLimit limit = new ClientRateLimit(clock, 3, Duration.ofSeconds(10));

    @Test
    void a_client_gets_its_burst_then_one_per_interval_and_is_told_how_long_to_wait() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("kiosk-1")).isEmpty();
        }
        assertThat(limit.take("kiosk-1")).hasValue(Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(4));
        assertThat(limit.take("kiosk-1")).hasValue(Duration.ofSeconds(6));
        clock.advance(Duration.ofSeconds(6));
        assertThat(limit.take("kiosk-1")).isEmpty();
        assertThat(limit.take("kiosk-1")).isPresent();
    }

    @Test
    void clients_do_not_share_a_bucket_and_an_idle_one_refills_only_to_its_burst() {
        for (int i = 0; i < 3; i++) {
            limit.take("a");
        }
        assertThat(limit.take("a")).isPresent();
        assertThat(limit.take("b")).isEmpty();

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("a")).isEmpty();
        }
        assertThat(limit.take("a")).isPresent();
    }
}
