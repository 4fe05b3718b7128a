package org.doorstep.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.doorstep.support.MovableClock;
import org.junit.jupiter.api.Test;

/** The limits of the public status check, and that they lift once the failures leave the window. */
class LookupThrottleTest {

    final MovableClock clock = new MovableClock();
    final LookupThrottle throttle = new LookupThrottle(clock);

    @Test
    void aClientIsBlockedAfterFiveFailuresAndFreeAgainFifteenMinutesAfterTheFirst() {
        clock.set("2026-12-01T10:00");
        for (int i = 0; i < LookupThrottle.CLIENT_FAILURES; i++) {
            assertThat(throttle.blocked("1.2.3.4", "QX20261201000001")).isFalse();
            throttle.failed("1.2.3.4", "QX2026120100000" + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.blocked("1.2.3.4", "QX20261201000009")).isTrue();
        assertThat(throttle.blocked("5.6.7.8", "QX20261201000009")).isFalse();
        clock.set("2026-12-01T10:15");
        assertThat(throttle.blocked("1.2.3.4", "QX20261201000009")).isFalse();
    }

    @Test
    void aCaseNumberIsBlockedAfterTenFailuresFromAnywhereWhateverTheCaseOfTheNumber() {
        clock.set("2026-12-01T10:00");
        for (int i = 0; i < LookupThrottle.NUMBER_FAILURES; i++) {
            throttle.failed("10.0.0." + i, i % 2 == 0 ? "qx20261201000001" : " QX20261201000001 ");
        }
        assertThat(throttle.blocked("10.0.1.1", "QX20261201000001")).isTrue();
        assertThat(throttle.blocked("10.0.1.1", "QX20261201000002")).isFalse();
        clock.advance(LookupThrottle.WINDOW);
        assertThat(throttle.blocked("10.0.1.1", "QX20261201000001")).isFalse();
    }
}
