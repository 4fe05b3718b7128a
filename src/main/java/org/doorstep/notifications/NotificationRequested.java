package org.doorstep.notifications;

import java.util.Map;
import java.util.Objects;

/**
 * A step that concerns an applicant happened and they are to be told. Published inside the step's transaction: the
 * outbox rows are written with the step or not at all.
 *
 * @param key unique per step of one matter (e.g. {@code case:QX20261209000001:accepted:7}); the same key twice is
 *        one message, so a retried step does not tell twice
 * @param params the values the template names; platform data only (numbers, dates, catalogue names), never text a
 *        person typed
 * @param path the page where the applicant reads the step, relative to the site (e.g. {@code /my/cases/QX…})
 * @param unitCode the unit responsible for the matter: its officers see the message and may resend it
 * @param reference the matter's number, shown to officers
 */
public record NotificationRequested(String key, MessageTemplate template, Map<String, String> params, String path,
        Recipient recipient, String unitCode, String reference) {

    public NotificationRequested {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipient, "recipient");
        params = Map.copyOf(params);
    }
}
