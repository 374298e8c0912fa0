package org.wegweiser.admin.preview.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoreThrottleTest {

    @Test
    void the_first_preview_is_stored_at_once_and_then_at_most_once_a_second() {
        var throttle = new StoreThrottle(1000);
        assertThat(throttle.delay(5_000)).isZero();
        throttle.stored(5_000);
        assertThat(throttle.delay(5_001)).isEqualTo(999);
        assertThat(throttle.delay(5_700)).isEqualTo(300);
        assertThat(throttle.delay(6_000)).isZero();
        assertThat(throttle.delay(9_000)).isZero();
    }
}
