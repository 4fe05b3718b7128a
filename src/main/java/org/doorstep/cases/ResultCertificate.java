package org.doorstep.cases;

/** An electronic certificate (电子证照) issued when the case was delivered, with its public verification page. */
public record ResultCertificate(String type, String number, String verificationCode, String verificationPath) {
}
