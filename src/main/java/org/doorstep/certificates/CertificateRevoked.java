package org.doorstep.certificates;

import java.util.Map;

import org.doorstep.platform.DomainChange;

/** A certificate was revoked (注销); its code keeps verifying, as revoked. */
public record CertificateRevoked(String number, String reason) implements DomainChange {

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
