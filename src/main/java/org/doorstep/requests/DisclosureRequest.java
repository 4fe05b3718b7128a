package org.doorstep.requests;

import java.time.Instant;
import java.time.LocalDate;

import org.doorstep.platform.Masking;

/**
 * One application for disclosure as stored. {@code identityNumber}, {@code mobile} and {@code email} are personal
 * data: pages and logs show {@link #maskedIdentity()} and {@link #maskedMobile()} only.
 */
public record DisclosureRequest(long id, String number, String divisionCode, ApplicantType applicantType,
        String applicantName, String identityNumber, String contactName, String mobile, String email, String address,
        String description, String delivery, Channel channel, Instant submittedAt, LocalDate receivedOn,
        String accountLogin, String enteredBy, RequestState state, Supplement supplement, Consultation consultation,
        Extension extension, Fee fee, Reply reply, int version) {

    /** 补正: the one-time notice and, once it came, the applicant's supplement. */
    public record Supplement(String items, LocalDate noticeOn, LocalDate due, String text, LocalDate receivedOn) {
    }

    /** 征求意见 of a third party or another agency; {@code until} is null while waiting. */
    public record Consultation(String party, LocalDate from, LocalDate until) {
    }

    /** The one extension, approved by the head of the disclosure office. */
    public record Extension(int days, String approver, LocalDate on, String reason) {
    }

    /** A fee notice; {@code paidOn} null while unpaid. */
    public record Fee(int amount, String basis, LocalDate noticeOn, LocalDate due, LocalDate paidOn) {
    }

    /**
     * The reply; {@code withheld} and {@code withheldReason} only for 部分公开, {@code competent} only for 36(5) (see
     * {@link CompetentAgency}).
     */
    public record Reply(Outcome outcome, LocalDate on, String text, String withheld, String withheldReason,
            String repliedBy, CompetentAgency competent) {
    }

    public String maskedIdentity() {
        return applicantType.organisation() ? identityNumber : Masking.maskIdNumber(identityNumber);
    }

    public String maskedMobile() {
        return Masking.maskPhone(mobile);
    }

    /** The name shown on letters: the organisation with its contact, or the person. */
    public String applicantLabel() {
        return contactName == null || contactName.isBlank() ? applicantName : applicantName + "（经办人：" + contactName + "）";
    }

    public boolean open() {
        return state.open();
    }
}
