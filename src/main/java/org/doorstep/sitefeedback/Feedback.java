package org.doorstep.sitefeedback;

import java.time.Instant;

/**
 * One report as the office's list shows it: the contact is already masked (a list never shows a whole number).
 *
 * @param handledAt null while the report waits
 */
public record Feedback(long id, FeedbackKind kind, String page, String description, String contactName,
        String maskedContact, Instant submittedAt, Instant handledAt, String handledBy, String note) {

    public boolean handled() {
        return handledAt != null;
    }
}
