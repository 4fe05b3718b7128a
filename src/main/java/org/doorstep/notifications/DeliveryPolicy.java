package org.doorstep.notifications;

import java.time.Duration;

/**
 * How often and how long delivery is retried: the n-th failed attempt waits {@code firstRetry × 2^(n-1)}, at most an
 * hour, and after {@code maxAttempts} the message gives up and waits for an officer. The default (30 s, 6 attempts)
 * keeps trying for about a quarter of an hour: long enough for a gateway's restart, short enough that an officer
 * learns of a lasting failure the same morning.
 */
public record DeliveryPolicy(int maxAttempts, Duration firstRetry) {

    private static final Duration MAX_DELAY = Duration.ofHours(1);

    public DeliveryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstRetry == null || firstRetry.isNegative()) {
            throw new IllegalArgumentException("firstRetry must not be negative");
        }
    }

    /** The wait after the {@code attemptsMade}-th failed attempt. */
    public Duration delayAfter(int attemptsMade) {
        Duration d = firstRetry;
        for (int i = 1; i < attemptsMade && d.compareTo(MAX_DELAY) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
}
