package org.doorstep.accounts;

/**
 * How far an account's holder is known to be who the account says (实名核验). The ID number or credit code typed at
 * registration is only claimed until the account reaches {@link #IDENTITY_VERIFIED}; nothing held under that number
 * (certificates, applications, 免证办 proofs) is shown or used before.
 */
public enum VerificationLevel {
    /** Registered with a mobile number it controls; the ID number or credit code is only claimed. */
    MOBILE_VERIFIED("手机号已验证，证件号码未核验"),
    /** A window officer saw the ID card or business licence, or the province's 统一身份认证 vouched for the number. */
    IDENTITY_VERIFIED("已实名核验");

    private final String label;

    VerificationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
