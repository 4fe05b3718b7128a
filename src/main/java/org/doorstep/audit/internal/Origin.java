package org.doorstep.audit.internal;

/** Who did something and where the request came from, as the audit trail stores it. */
public record Origin(String actor, String roleCode, String unitCode, String requestId, String clientIp) {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";
}
