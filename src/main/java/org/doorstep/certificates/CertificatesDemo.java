package org.doorstep.certificates;

import java.time.LocalDate;

import org.doorstep.certificates.internal.CertificateStore;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.DemoData;
import org.springframework.stereotype.Component;

/**
 * A valid, an expired and a revoked certificate with fixed verification codes, so the README and a visitor can try
 * the verification page at once; certificates that cases issue come on top.
 */
@Component
class CertificatesDemo implements DemoData {

    static final String VALID_CODE = "QXZZDEMQAAAAAAA2";
    static final String EXPIRED_CODE = "QXZZDEMQAAAAAAA3";
    static final String REVOKED_CODE = "QXZZDEMQAAAAAAA4";

    private final CertificateStore store;

    CertificatesDemo(CertificateStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    public void load() {
        put(VALID_CODE, "营业执照", "青溪县某某农业专业合作社", "93361199MA35QXDM0N", DemoCounty.MARKET_REGULATION,
                "青溪县市场监督管理局", LocalDate.of(2025, 3, 18), null, null);
        put(EXPIRED_CODE, "食品经营许可证", "青溪县某某食品店", "92361199MA35QXHH72", DemoCounty.MARKET_REGULATION,
                "青溪县市场监督管理局", LocalDate.of(2020, 6, 1), LocalDate.of(2025, 5, 31), null);
        put(REVOKED_CODE, "困难群众救助证", "张某某", "361199195203142029", DemoCounty.CIVIL_AFFAIRS, "青溪县民政局",
                LocalDate.of(2024, 1, 10), LocalDate.of(2026, 12, 31), LocalDate.of(2025, 9, 1));
    }

    private void put(String code, String type, String holder, String holderId, String issuerCode, String issuerName,
            LocalDate from, LocalDate until, LocalDate revokedOn) {
        long serial = store.nextSerial();
        store.insert(serial, new Certificate(Certificates.number(issuerCode, from.getYear(), serial), type, holder,
                holderId, issuerCode, issuerName, from, from, until, code, null, revokedOn,
                revokedOn == null ? null : "家庭经济状况好转，经复核不再符合救助条件"));
    }
}
