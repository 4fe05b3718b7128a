package org.doorstep.notifications;

import java.time.Instant;

/** One delivery attempt of a message, as officers read it: 已发送, 失败 (with the gateway's answer) or 放弃. */
public record DeliveryAttempt(Instant at, String outcome, String detail) {
}
