package org.doorstep.certificates;

import java.time.LocalDate;

import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.platform.Masking;

/** An electronic certificate (电子证照) as the library holds it. */
public record Certificate(String number, String type, String holderName, String holderIdNumber, String issuerCode,
        String issuerName, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, String verificationCode,
        String sourceReference, LocalDate revokedOn, String revokeReason) {

    public static final String VERIFY_PATH = "/certificates/verify/";

    public CertificateStatus statusOn(LocalDate day) {
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return CertificateStatus.REVOKED;
        }
        if (day.isBefore(validFrom)) {
            return CertificateStatus.NOT_YET_VALID;
        }
        return validUntil != null && day.isAfter(validUntil) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    /** The public page anyone can open (or reach by the QR code) to check this certificate. */
    public String verificationPath() {
        return VERIFY_PATH + verificationCode;
    }

    /** The holder's identifier for display: a person's ID number masked; a firm's credit code is public anyway. */
    public String maskedHolderIdNumber() {
        return isFirm() ? holderIdNumber : Masking.maskIdNumber(holderIdNumber);
    }

    /** The holder's name for display to strangers: a person keeps the family name only (张**); a firm is public. */
    public String maskedHolderName() {
        if (isFirm() || holderName.length() < 2) {
            return holderName;
        }
        return holderName.charAt(0) + "*".repeat(holderName.length() - 1);
    }

    public boolean isFirm() {
        return !IdentityNumbers.isValidResidentId(holderIdNumber);
    }
}
