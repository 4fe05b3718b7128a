package org.doorstep.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.doorstep.platform.ConflictException;
import org.junit.jupiter.api.Test;

/** The message's own state machine: every allowed and every refused transition, and the back-off it waits. */
class MessageTest {

    static final Instant T0 = Instant.parse("2026-12-09T01:00:00Z");
    static final DeliveryPolicy POLICY = new DeliveryPolicy(3, Duration.ofSeconds(30));

    static Message pending() {
        return new Message(1, "case:QX1:accepted:0:sms", Channel.SMS, "13800000000", MessageTemplate.CASE_ACCEPTED,
                "办件已受理", "text", "/my/cases/QX1", "U", "QX1", MessageState.PENDING, 0, T0, T0, null, null, null);
    }

    @Test
    void aDeliveredMessageIsSentOnceAndStaysSent() {
        Message sent = pending().sent(T0);
        assertThat(sent.state()).isEqualTo(MessageState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isEqualTo(T0);
        assertThatThrownBy(() -> sent.sent(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sent.failed("x", T0, POLICY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sent.resent(T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aFailedAttemptWaitsThirtySecondsThenSixtyAndGivesUpAfterTheLast() {
        Message once = pending().failed("503 BUSY", T0, POLICY);
        assertThat(once.state()).isEqualTo(MessageState.PENDING);
        assertThat(once.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(once.lastError()).isEqualTo("503 BUSY");
        Message twice = once.failed("503 BUSY", T0.plusSeconds(30), POLICY);
        assertThat(twice.nextAttemptAt()).isEqualTo(T0.plusSeconds(90));
        Message gaveUp = twice.failed("503 BUSY", T0.plusSeconds(90), POLICY);
        assertThat(gaveUp.state()).isEqualTo(MessageState.GAVE_UP);
        assertThat(gaveUp.attempts()).isEqualTo(3);
        assertThatThrownBy(() -> gaveUp.failed("x", T0, POLICY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAMessageThatGaveUpIsResentAndItsAttemptsStartAgain() {
        assertThatThrownBy(() -> pending().resent(T0)).isInstanceOf(ConflictException.class);
        Message gaveUp = pending().failed("a", T0, new DeliveryPolicy(1, Duration.ZERO));
        Message again = gaveUp.resent(T0.plusSeconds(600));
        assertThat(again.state()).isEqualTo(MessageState.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.nextAttemptAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void theBackOffDoublesAndStopsAtAnHour() {
        DeliveryPolicy p = new DeliveryPolicy(20, Duration.ofSeconds(30));
        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(p.delayAfter(15)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> new DeliveryPolicy(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
