package org.doorstep.engagement;

/** What an officer enters for a consultation, as typed; checked by {@link Consultations}. */
public record ConsultationEntry(String channel, String category, String question, String answer, String minutes,
        String askedOn) {

    public static ConsultationEntry blank(String today) {
        return new ConsultationEntry("HOTLINE", "", "", "", "", today);
    }
}
