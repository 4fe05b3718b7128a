package org.doorstep.certificates;

import java.time.LocalDate;

/**
 * What a completed case asks the library to issue.
 *
 * @param holderIdNumber the holder's 身份证号, or a firm's 统一社会信用代码
 * @param issuerCode the 12-digit code of the issuing unit (a department or a government)
 * @param validUntil the last valid day, or null for a long-term (长期) certificate
 * @param sourceReference the case number the certificate results from, or null when it was loaded from elsewhere
 */
public record CertificateRequest(String type, String holderName, String holderIdNumber, String issuerCode,
        String issuerName, LocalDate validFrom, LocalDate validUntil, String sourceReference) {
}
