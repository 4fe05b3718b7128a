package org.doorstep.engagement;

import java.time.LocalDate;

/** One question and the answer given, as an officer logged it. */
public record Consultation(long id, String unitCode, ConsultationChannel channel, String category, String question,
        String answer, int minutes, LocalDate askedOn, String recordedBy) {
}
