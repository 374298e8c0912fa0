package org.wegweiser.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/** Import into a Spring test to get a {@link MutableClock}: Tuesday 1 December 2026, 09:00 in Musterstadt. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant TUESDAY_MORNING = Instant.parse("2026-12-01T08:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(TUESDAY_MORNING);
    }
}
