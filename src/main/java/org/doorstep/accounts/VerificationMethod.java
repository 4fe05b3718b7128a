package org.doorstep.accounts;

/** How an account's identity was verified. */
public enum VerificationMethod {
    /** A window officer saw the ID card or business licence and typed its number. */
    WINDOW("窗口核验"),
    /** The province's 统一身份认证 (OpenID Connect) signed the holder in and named the ID number. */
    OIDC("统一身份认证");

    private final String label;

    VerificationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
