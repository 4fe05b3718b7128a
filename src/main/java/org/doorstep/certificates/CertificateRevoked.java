package org.doorstep.certificates;

import java.util.Map;

import org.doorstep.platform.DomainChange;

/**
 * A certificate was revoked (注销); its code keeps verifying, as revoked.
 *
 * @param sourceReference the matter it was issued for (a case number), or null
 */
public record CertificateRevoked(String number, String reason, String sourceReference) implements DomainChange {

    @Override
    public String action() {
        return "certificates.revoked";
    }

    @Override
    public String subject() {
        return number;
    }

    @Override
    public Object before() {
        return Map.of("status", CertificateStatus.VALID.label());
    }

    @Override
    public Object after() {
        return Map.of("status", CertificateStatus.REVOKED.label(), "reason", reason);
    }
}
