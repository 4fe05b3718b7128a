package org.doorstep.requests;

import java.time.Instant;
import java.time.LocalDate;

/** One step told to the applicant, shown under 我的申请 and sent by SMS or e-mail. */
public record RequestNotice(long id, Instant at, LocalDate on, String title, String text) {
}
