package org.doorstep.engagement;

import java.time.Instant;
import java.time.LocalDate;

import org.doorstep.platform.Masking;

/**
 * One 点题公开 topic: what a citizen wants disclosed, the office's decision, the 点题限时反馈通知书 to the responsible
 * department, the department's answer and the 回应关切 document it became.
 */
public record TopicRequest(long id, String number, String divisionCode, String title, String content,
        String contactName, String phone, TopicChannel channel, String accountLogin, String enteredBy,
        LocalDate proposedOn, Instant submittedAt, TopicState state, LocalDate decidedOn, String decidedBy,
        String declineReason, String departmentCode, String departmentName, Integer feedbackDays, String noticeText,
        String answer, LocalDate answeredOn, String answeredBy, Long documentId, String documentPath,
        LocalDate publishedOn, int version) {

    /** The contact phone as every page shows it. */
    public String maskedPhone() {
        return Masking.maskPhone(phone);
    }

    public boolean open() {
        return state.open();
    }
}
