package org.doorstep.engagement;

import java.time.Instant;
import java.time.LocalDate;

/** A step told to the proposer, shown under 我的点题. */
public record TopicNotice(long id, Instant at, LocalDate on, String title, String text) {
}
