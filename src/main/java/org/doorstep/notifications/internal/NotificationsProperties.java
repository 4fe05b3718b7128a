package org.doorstep.notifications.internal;

import java.time.Duration;

import org.doorstep.notifications.DeliveryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox worker ({@code DOORSTEP_NOTIFICATIONS_*}).
 *
 * @param poll how often the worker looks for due messages ({@code DOORSTEP_NOTIFICATIONS_POLL}, default 5 s)
 * @param maxAttempts attempts before a message gives up ({@code DOORSTEP_NOTIFICATIONS_MAX_ATTEMPTS}, default 6)
 * @param firstRetry the wait after the first failure, doubling after each ({@code DOORSTEP_NOTIFICATIONS_FIRST_RETRY},
 *        default 30 s)
 */
@ConfigurationProperties("doorstep.notifications")
public record NotificationsProperties(Duration poll, Integer maxAttempts, Duration firstRetry) {

    public NotificationsProperties {
        poll = poll == null ? Duration.ofSeconds(5) : poll;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
    }

    public DeliveryPolicy policy() {
        return new DeliveryPolicy(maxAttempts, firstRetry);
    }
}
