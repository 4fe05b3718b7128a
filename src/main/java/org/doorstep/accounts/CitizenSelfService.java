package org.doorstep.accounts;

import java.util.UUID;

import org.doorstep.accounts.VerificationCodes.Purpose;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.TextMessage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What citizens and firms do for themselves, each proven by an SMS code to the mobile number: registration and
 * 忘记密码. Every answer is the same whether the number has an account or not, so that nobody learns who is registered:
 * a registration for a registered number gets an SMS saying so instead of a code, a reset for an unknown number gets
 * no SMS, and a code that was never sent is refused like a wrong one. No step holds a transaction while codes and
 * limits are counted (each in its own) or while an SMS goes out, so a flood cannot starve the connection pool.
 */
@Service
public class CitizenSelfService {

    static final String ALREADY_REGISTERED = "该手机号已注册政务服务账号，无需重复注册。如忘记密码，请在登录页选择“忘记密码”重设。"
            + "如非本人操作，请忽略本短信。";

    private final Accounts accounts;
    private final VerificationCodes codes;
    private final TransactionTemplate tx;

    CitizenSelfService(Accounts accounts, VerificationCodes codes, TransactionTemplate tx) {
        this.accounts = accounts;
        this.codes = codes;
        this.tx = tx;
    }

    /** Step 1 of registration: a code to an unregistered number, a "you are registered" SMS to a registered one. */
    public void requestRegistrationCode(String mobile, String client) {
        String number = IdentityNumbers.normalise(mobile);
        if (IdentityNumbers.isValidMobile(number) && accounts.citizenExists(number)) {
            codes.sendInstead(number, TextMessage.Template.ALREADY_REGISTERED, ALREADY_REGISTERED, client);
        } else {
            codes.send(number, Purpose.REGISTER, client);
        }
    }

    /**
     * Step 2: the form and the code. The fields are checked first, so fixing a typo costs no try of the code; nothing
     * is stored unless the code is right.
     */
    public UUID register(CitizenRegistration r, String code) {
        FieldErrors errors = accounts.registrationErrors(r);
        errors.rejectIf(code == null || code.isBlank(), "code", "请填写短信验证码");
        errors.throwIfAny();
        String mobile = IdentityNumbers.normalise(r.mobile());
        if (!codes.use(mobile, Purpose.REGISTER, code) || accounts.citizenExists(mobile)) {
            new FieldErrors().reject("code", VerificationCodes.WRONG_CODE).throwIfAny();
        }
        try {
            return tx.execute(status -> accounts.insertCitizen(r));
        } catch (DuplicateKeyException e) {
            // Only a race on the same number, or a credit code held by another account while such codes are still
            // unique among all accounts; neither is named, so the answer tells a stranger nothing.
            new FieldErrors().reject("code", "注册未能完成，请重新获取验证码后再试，或到政务服务窗口办理").throwIfAny();
            throw e;
        }
    }

    /** 忘记密码 step 1: a code to a registered number; an unknown number is counted the same but sent nothing. */
    public void requestPasswordReset(String mobile, String client) {
        String number = IdentityNumbers.normalise(mobile);
        if (IdentityNumbers.isValidMobile(number) && accounts.citizenExists(number)) {
            codes.send(number, Purpose.RESET_PASSWORD, client);
        } else {
            codes.countWithoutSending(number, client);
        }
    }

    /** 忘记密码 step 2: the code and the new password (the password rules of registration). */
    public void resetPassword(String mobile, String code, String newPassword, String newPasswordConfirm) {
        String number = IdentityNumbers.normalise(mobile);
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(!IdentityNumbers.isValidMobile(number), "mobile", "手机号应为 11 位中国大陆手机号");
        errors.rejectIf(code == null || code.isBlank(), "code", "请填写短信验证码");
        PasswordPolicy.problem(newPassword, number).ifPresent(p -> errors.reject("newPassword", p));
        errors.rejectIf(newPassword != null && !newPassword.equals(newPasswordConfirm), "newPasswordConfirm",
                "两次输入的新密码不一致");
        errors.throwIfAny();
        if (!codes.use(number, Purpose.RESET_PASSWORD, code) || !accounts.citizenExists(number)) {
            new FieldErrors().reject("code", VerificationCodes.WRONG_CODE).throwIfAny();
        }
        tx.executeWithoutResult(status -> accounts.setCitizenPassword(number, newPassword));
    }
}
