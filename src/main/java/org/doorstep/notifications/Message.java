package org.doorstep.notifications;

import java.time.Duration;
import java.time.Instant;

import org.doorstep.platform.ConflictException;

/**
 * One message to one recipient through one channel, and its own delivery state machine:
 * PENDING → SENT; PENDING → PENDING (failed, retried later) → GAVE_UP after the policy's last attempt; GAVE_UP →
 * PENDING when an officer resends it. SENT is final: at-least-once delivery never sends a delivered message again on
 * purpose.
 *
 * @param key the step's key and the channel: what a gateway or mail server may use to drop a duplicate
 * @param attempts attempts made so far
 */
public record Message(long id, String key, Channel channel, String recipient, MessageTemplate template,
        String subject, String text, String link, String unitCode, String reference, MessageState state,
        int attempts, Instant nextAttemptAt, Instant createdAt, Instant sentAt, String lastError, Instant readAt) {

    /** The attempt succeeded. */
    public Message sent(Instant at) {
        requirePending();
        return with(MessageState.SENT, attempts + 1, nextAttemptAt, at, null);
    }

    /** The attempt failed: try again after the policy's back-off, or give up after its last attempt. */
    public Message failed(String error, Instant at, DeliveryPolicy policy) {
        requirePending();
        int made = attempts + 1;
        String why = error == null ? "未知错误" : error.length() > 500 ? error.substring(0, 500) : error;
        if (made >= policy.maxAttempts()) {
            return with(MessageState.GAVE_UP, made, nextAttemptAt, null, why);
        }
        return with(MessageState.PENDING, made, at.plus(policy.delayAfter(made)), null, why);
    }

    /** An officer sends a message that gave up once more: the policy's attempts start again now. */
    public Message resent(Instant at) {
        if (state != MessageState.GAVE_UP) {
            throw new ConflictException("只有发送失败的通知可以重新发送");
        }
        return new Message(id, key, channel, recipient, template, subject, text, link, unitCode, reference,
                MessageState.PENDING, 0, at, createdAt, null, lastError, readAt);
    }

    private void requirePending() {
        if (state != MessageState.PENDING) {
            throw new IllegalStateException("message " + id + " is " + state);
        }
    }

    private Message with(MessageState s, int made, Instant next, Instant sent, String error) {
        return new Message(id, key, channel, recipient, template, subject, text, link, unitCode, reference, s, made,
                next, createdAt, sent, error, readAt);
    }

    /** How long a message may stay claimed by one worker before another may try it (the worker died). */
    public static final Duration LEASE = Duration.ofMinutes(5);
}
