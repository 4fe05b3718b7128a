package org.doorstep.certificates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.doorstep.platform.DomainChange;

/** A certificate entered the library (audited with the holder's identifier masked). */
public record CertificateIssued(Certificate certificate) implements DomainChange {

    @Override
    public String action() {
        return "certificates.issued";
    }

    @Override
    public String subject() {
        return certificate.number();
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", certificate.type());
        after.put("holder", certificate.maskedHolderIdNumber());
        after.put("issuer", certificate.issuerName());
        after.put("validUntil", certificate.validUntil() == null ? "长期" : certificate.validUntil().toString());
        after.put("source", certificate.sourceReference() == null ? "" : certificate.sourceReference());
        return after;
    }
}
