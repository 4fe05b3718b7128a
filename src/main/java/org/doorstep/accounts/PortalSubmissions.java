package org.doorstep.accounts;

import java.time.Duration;

import org.doorstep.accounts.VerificationCodes.Purpose;
import org.doorstep.accounts.internal.AccountStore;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.RateLimits;
import org.doorstep.platform.TooManyRequestsException;
import org.springframework.stereotype.Service;

/**
 * The gate of portal forms that anyone may send and that lead to text messages (依申请公开, 点题公开): a form is
 * taken only within the limits of its client (or account) and of its contact number or e-mail, and a mobile number is
 * taken only once proven, by the signed-in account it belongs to or by an SMS code (purpose ANONYMOUS_FORM), so that
 * nobody makes the platform text a number that is not theirs. A form without a mobile number needs no code; nothing
 * is then sent by SMS.
 */
@Service
public class PortalSubmissions {

    public static final String CODE_MISSING = "请先点“获取验证码”，并填写发到该手机号的短信验证码";

    private final VerificationCodes codes;
    private final RateLimits limits;
    private final PortalLimits max;
    private final AccountStore accounts;

    PortalSubmissions(VerificationCodes codes, RateLimits limits, PortalLimits max, AccountStore accounts) {
        this.accounts = accounts;
        this.codes = codes;
        this.limits = limits;
        this.max = max;
    }

    /**
     * Admits one submission, or throws. Call it before opening the transaction that stores the submission: each
     * count and the code are settled in transactions of their own, which then need no second connection.
     *
     * @param form names the form in the counters, e.g. "requests"
     * @param mobile the mobile number the form gives (null, blank or a landline when none)
     * @param email the e-mail address the form gives, or null
     * @throws TooManyRequestsException when a limit is reached
     * @throws FieldErrors.InvalidFieldsException (field {@code code}) when the mobile number is not proven
     */
    public void admit(String form, String mobile, String email, PortalSubmitter who) {
        String number = IdentityNumbers.normalise(mobile);
        boolean hasMobile = IdentityNumbers.isValidMobile(number);
        boolean needsCode = hasMobile && !number.equals(accountMobile(who.accountLogin()));
        if (needsCode && (who.code() == null || who.code().isBlank())) {
            new FieldErrors().reject("code", CODE_MISSING).throwIfAny();
        }
        String submitter = who.accountLogin() != null ? "account:" + who.accountLogin() : "client:" + who.client();
        if (!limits.tryHit(form + ":hour:" + submitter, max.submissionsPerClientHour(), Duration.ofHours(1))
                || !limits.tryHit(form + ":day:" + submitter, max.submissionsPerClientDay(), Duration.ofDays(1))) {
            throw new TooManyRequestsException("提交过于频繁，请稍后再试；如有急事，请拨打政务服务热线或到窗口办理");
        }
        if (needsCode && !codes.use(number, Purpose.ANONYMOUS_FORM, who.code())) {
            new FieldErrors().reject("code", VerificationCodes.WRONG_CODE).throwIfAny();
        }
        // counted only once the number is proven, so that wrong codes cannot use up someone else's number
        if (hasMobile && !limits.tryHit(form + ":contact:" + number, max.submissionsPerContactDay(), Duration.ofDays(1))
                || email != null && !email.isBlank() && !limits.tryHit(form + ":contact:" + email.strip().toLowerCase(),
                        max.submissionsPerContactDay(), Duration.ofDays(1))) {
            throw new TooManyRequestsException("该联系方式今日提交次数已达上限，请明天再试");
        }
    }

    /** The mobile number the signed-in account proved at registration, or null. */
    private String accountMobile(String login) {
        return login == null ? null : accounts.citizenByLogin(login).map(AccountStore.CitizenRow::mobile).orElse(null);
    }
}
