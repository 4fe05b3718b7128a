package org.doorstep.support;

import java.util.concurrent.ThreadLocalRandom;

import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.accounts.VerificationCodes;
import org.doorstep.accounts.VerificationCodes.Purpose;
import org.doorstep.platform.LoggingTextMessages;
import org.doorstep.platform.TextMessage;
import org.doorstep.platform.TextMessages;

/**
 * Reads one-time codes the way a person would: from the SMS the test adapter ({@link LoggingTextMessages}) "sent".
 * Each request comes from its own made-up client address, so tests do not share the per-client limit.
 */
public final class SmsCodes {

    private final VerificationCodes codes;
    private final LoggingTextMessages sms;

    public SmsCodes(VerificationCodes codes, TextMessages sms) {
        this.codes = codes;
        this.sms = (LoggingTextMessages) sms;
    }

    /** Asks for a code for the number and returns the one in the SMS. */
    public String codeFor(String mobile, Purpose purpose) {
        codes.send(mobile, purpose, client());
        return lastCode(mobile);
    }

    /** The code in the latest SMS to the number. */
    public String lastCode(String mobile) {
        return sms.lastTo(mobile).map(TextMessage::code)
                .orElseThrow(() -> new AssertionError("no SMS with a code to " + mobile));
    }

    /** An anonymous submitter who proved the number with a code. */
    public PortalSubmitter anonymousWithCodeFor(String mobile) {
        return PortalSubmitter.anonymous(client(), codeFor(mobile, Purpose.ANONYMOUS_FORM));
    }

    /** A made-up client address (TEST-NET-2 and -3 blocks would be too few: the limits are per address). */
    public static String client() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }
}
