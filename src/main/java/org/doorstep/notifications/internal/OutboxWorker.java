package org.doorstep.notifications.internal;

import org.doorstep.notifications.Outbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox messages every few seconds on every node; rows are claimed with SKIP LOCKED, so nodes share the
 * work without a job lock. Tests that step delivery themselves switch it off ({@code doorstep.notifications.worker}).
 */
@Component
@ConditionalOnProperty(name = "doorstep.notifications.worker", havingValue = "true", matchIfMissing = true)
class OutboxWorker {

    private final Outbox outbox;

    OutboxWorker(Outbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${doorstep.notifications.poll:PT5S}", initialDelayString = "PT10S")
    void deliver() {
        outbox.deliverDue();
    }
}
