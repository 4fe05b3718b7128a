package org.doorstep.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.doorstep.accounts.Accounts;

import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.accounts.IdentityVerification.VerifiedHolder;
import org.doorstep.cases.ApplicantDetails;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.Masking;
import org.doorstep.platform.StaffIdentity;
import org.springframework.stereotype.Component;

/**
 * A signed-in citizen applies under the account's own verified identity, never one typed into the form: a person
 * under the verified 身份证号, a firm under its verified 统一社会信用代码. A blank number is filled in from the account;
 * another one is refused before anything is stored. A verified person may also found a firm (企业开办) as its legal
 * representative, without a credit code; applying as an existing firm takes that firm's verified account.
 */
@Component
class ApplicantIdentity {

    private final IdentityVerification verification;
    private final Accounts accounts;

    ApplicantIdentity(IdentityVerification verification, Accounts accounts) {
        this.verification = verification;
        this.accounts = accounts;
    }

    /**
     * The applicant fields of a new form, filled in from the account: the verified name, and the verified 身份证号
     * and the registered mobile masked (the page never holds them in full; {@link #reconcile} reads the masked
     * values back as the account's own).
     */
    Map<String, String> prefill(StaffIdentity me) {
        Map<String, String> form = new LinkedHashMap<>();
        accounts.citizen(me.username()).ifPresent(p -> {
            form.put("kind", p.kind());
            form.put("name", p.name());
            if (p.creditCode() != null) {
                form.put("creditCode", p.creditCode());
            }
            if (p.maskedMobile() != null) {
                form.put("phone", p.maskedMobile());
            }
        });
        verification.verifiedHolder(me.username()).ifPresent(h -> {
            form.put("kind", h.kind());
            form.put("name", h.name());
            if (h.firm()) {
                form.put("creditCode", h.number());
            } else {
                form.put("idNumber", Masking.maskIdNumber(h.number()));
            }
        });
        return form;
    }

    /** The account's verified identity, or a Chinese explanation of how to verify. */
    VerifiedHolder holder(StaffIdentity me) {
        return verification.verifiedHolder(me.username())
                .orElseThrow(() -> new InvalidInputException("identity", IdentityVerification.HOW_TO_VERIFY));
    }

    ApplicantDetails reconcile(StaffIdentity me, ApplicantDetails typed) {
        VerifiedHolder h = holder(me);
        typed = unmasked(me, h, typed);
        String kind = blank(typed.kind()) ? h.kind() : typed.kind().strip();
        String name = blank(typed.name()) ? h.name() : typed.name();
        String idNumber = IdentityNumbers.normalise(typed.idNumber());
        String creditCode = IdentityNumbers.normalise(typed.creditCode());
        FieldErrors errors = new FieldErrors();
        if (h.firm()) {
            errors.rejectIf(!"FIRM".equals(kind), "kind", "企业账号只能以本企业名义申请；个人事项请使用本人的个人账号");
            // A malformed code is left for the form check to answer ("统一社会信用代码不正确"); never stored either way.
            boolean another = IdentityNumbers.isValidCreditCode(creditCode) && !creditCode.equals(h.number());
            errors.rejectIf(another, "creditCode", "只能以本账号已核验的企业申请：统一社会信用代码应为 " + h.number() + "。其他企业请使用该企业已核验的账号申请");
            errors.throwIfAny();
            // Filed as the verified firm, whatever was typed: the code and the name are the account's.
            // A malformed code goes on to be refused by the form check; a valid one is the account's (checked above).
            return new ApplicantDetails("FIRM", h.name(), typed.idNumber(), typed.phone(),
                    creditCode.isEmpty() || IdentityNumbers.isValidCreditCode(creditCode) ? h.number()
                            : typed.creditCode());
        }
        errors.rejectIf(IdentityNumbers.isValidResidentId(idNumber) && !idNumber.equals(h.number()), "idNumber",
                "只能以本人已核验的身份申请：身份证号应为本账号的 " + Masking.maskIdNumber(h.number()) + "（可留空）");
        errors.rejectIf("FIRM".equals(kind) && !creditCode.isEmpty(), "creditCode",
                "以已有企业的名义申请，须使用该企业已核验的企业账号；个人账号只能申请设立新企业（不填统一社会信用代码）");
        errors.rejectIf(!"FIRM".equals(kind) && !creditCode.isEmpty(), "creditCode", "个人申请不填统一社会信用代码");
        errors.throwIfAny();
        // Filed as the verified person; only a new firm (企业开办) carries a name of its own.
        return new ApplicantDetails(kind, "FIRM".equals(kind) ? name : h.name(),
                idNumber.isEmpty() || IdentityNumbers.isValidResidentId(idNumber) ? h.number() : typed.idNumber(),
                typed.phone(), null);
    }

    /** The masked values {@link #prefill} put in the form, read back as the account's own. */
    private ApplicantDetails unmasked(StaffIdentity me, VerifiedHolder h, ApplicantDetails typed) {
        String id = typed.idNumber();
        if (!h.firm() && id != null && id.strip().equals(Masking.maskIdNumber(h.number()))) {
            id = h.number();
        }
        String phone = typed.phone();
        if (phone != null && phone.contains("*")) {
            String given = phone.strip();
            phone = accounts.citizenMobile(me.username()).filter(m -> given.equals(Masking.maskPhone(m))).orElse(phone);
        }
        return new ApplicantDetails(typed.kind(), typed.name(), id, phone, typed.creditCode());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
