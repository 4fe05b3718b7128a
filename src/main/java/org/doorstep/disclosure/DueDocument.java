package org.doorstep.disclosure;

import java.time.LocalDate;

/** An unpublished document and its Art. 26 deadline: public within 20 working days of its 成文日期. */
public record DueDocument(GovDocument document, LocalDate due, boolean overdue) {
}
