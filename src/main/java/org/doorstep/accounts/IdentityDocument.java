package org.doorstep.accounts;

/** The document a window officer saw: a person's ID card, or a firm's business licence. */
public enum IdentityDocument {
    RESIDENT_ID_CARD("居民身份证", "PERSON"),
    BUSINESS_LICENCE("营业执照", "FIRM");

    private final String label;
    private final String accountKind;

    IdentityDocument(String label, String accountKind) {
        this.label = label;
        this.accountKind = accountKind;
    }

    public String label() {
        return label;
    }

    /** PERSON or FIRM: the kind of account this document verifies. */
    public String accountKind() {
        return accountKind;
    }
}
