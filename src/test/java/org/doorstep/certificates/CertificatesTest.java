package org.doorstep.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CertificatesTest {

    @Autowired
    org.doorstep.audit.AuditTrail auditTrail;
    @Autowired
    Certificates certificates;

    @Autowired
    JdbcClient jdbc;

    private CertificateRequest request(String holderId, LocalDate from, LocalDate until) {
        return new CertificateRequest("最低生活保障证", "测试群众", holderId, DemoCounty.CIVIL_AFFAIRS, "青溪县民政局", from,
                until, "QX-TEST-" + holderId.substring(14));
    }

    @Test
    void anIssuedCertificateVerifiesByItsCodeInAnySpellingPeopleType() {
        String id = TestPeople.residentId();
        Certificate c = certificates.issue(request(id, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));

        assertThat(c.verificationCode()).hasSize(16).matches("[" + Certificates.CODE_ALPHABET + "]+");
        assertThat(c.number()).startsWith(DemoCounty.CIVIL_AFFAIRS + "-");
        String typed = c.verificationCode().toLowerCase().substring(0, 4) + " - " + c.verificationCode().substring(4);
        assertThat(certificates.verify(typed)).contains(c);
        assertThat(certificates.issuedFor(c.sourceReference())).containsExactly(c);
        assertThat(certificates.heldBy(id)).containsExactly(c);
        assertThat(c.statusOn(LocalDate.of(2026, 6, 1))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.verificationPath()).isEqualTo("/certificates/verify/" + c.verificationCode());
    }

    @Test
    void codesAreUniqueAndNumbersNeverRepeat() {
        String id = TestPeople.residentId();
        Certificate a = certificates.issue(request(id, LocalDate.of(2026, 1, 1), null));
        Certificate b = certificates.issue(request(id, LocalDate.of(2026, 1, 1), null));
        assertThat(a.verificationCode()).isNotEqualTo(b.verificationCode());
        assertThat(a.number()).isNotEqualTo(b.number());
    }

    @Test
    void statusFollowsTheValidityPeriodAndRevocation() {
        Certificate c = certificates.issue(request(TestPeople.residentId(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 9, 30)));
        assertThat(c.statusOn(LocalDate.of(2026, 2, 28))).isEqualTo(CertificateStatus.NOT_YET_VALID);
        assertThat(c.statusOn(LocalDate.of(2026, 3, 1))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.statusOn(LocalDate.of(2026, 9, 30))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.statusOn(LocalDate.of(2026, 10, 1))).isEqualTo(CertificateStatus.EXPIRED);

        Certificate longTerm = certificates.issue(request(TestPeople.residentId(), LocalDate.of(2020, 1, 1), null));
        Certificate revoked = certificates.revoke(longTerm.verificationCode(), "证照信息有误，重新签发");
        assertThat(revoked.revokeReason()).isEqualTo("证照信息有误，重新签发");
        assertThat(certificates.statusToday(revoked)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificates.verify(longTerm.verificationCode())).isPresent();
        assertThatThrownBy(() -> certificates.revoke(longTerm.verificationCode(), "再次注销"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("已于");
        assertThatThrownBy(() -> certificates.revoke(c.verificationCode(), " "))
                .isInstanceOf(InvalidInputException.class).hasMessage("请填写注销原因");
    }

    @Test
    void aFreeOfProofItemFindsOnlyACertificateValidOnTheDay() {
        String id = TestPeople.residentId();
        certificates.issue(request(id, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(certificates.validCertificate(id, "最低生活保障证", LocalDate.of(2026, 5, 1))).isEmpty();
        Certificate current = certificates.issue(request(id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(certificates.validCertificate(id, "最低生活保障证", LocalDate.of(2026, 5, 1))).contains(current);
        assertThat(certificates.validCertificate(id, "营业执照", LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(certificates.validCertificate(TestPeople.residentId(), "最低生活保障证", LocalDate.of(2026, 5, 1)))
                .isEmpty();
    }

    @Test
    void aFirmHoldsCertificatesUnderItsCreditCodeWhichIsNotMasked() {
        String code = TestPeople.creditCode();
        Certificate c = certificates.issue(new CertificateRequest("营业执照", "青溪县测试有限公司", code,
                DemoCounty.MARKET_REGULATION, "青溪县市场监督管理局", LocalDate.of(2026, 1, 5), null, null));
        assertThat(c.isFirm()).isTrue();
        assertThat(c.maskedHolderIdNumber()).isEqualTo(code);
        assertThat(c.maskedHolderName()).isEqualTo("青溪县测试有限公司");
        assertThat(c.sourceReference()).isNull();

        Certificate person = certificates.issue(request(TestPeople.residentId(), LocalDate.of(2026, 1, 1), null));
        assertThat(person.isFirm()).isFalse();
        assertThat(person.maskedHolderName()).isEqualTo("测***");
        assertThat(person.maskedHolderIdNumber()).contains("********").doesNotContain(person.holderIdNumber());
    }

    @Test
    void aBadRequestNamesEveryProblemAndStoresNothing() {
        int before = count();
        CertificateRequest bad = new CertificateRequest(" ", "", TestPeople.withWrongCheckDigit(TestPeople.residentId()),
                "QX", "", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), null);
        assertThatThrownBy(() -> certificates.issue(bad))
                .isInstanceOfSatisfying(FieldErrors.InvalidFieldsException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("type", "holderName", "holderIdNumber", "issuerCode", "issuerName",
                                "validUntil")
                        .containsEntry("holderIdNumber", "持证主体证件号码应为有效的身份证号或统一社会信用代码"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedCodesAreRefusedAndUnknownOnesAreAbsent() {
        assertThatThrownBy(() -> certificates.verify("0000-1111")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("16 位");
        assertThatThrownBy(() -> certificates.verify("<script>alert(1)</script>"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(certificates.verify("ZZZZZZZZZZZZZZZZ")).isEmpty();
    }

    @Test
    void theDemoLibraryHoldsAValidAnExpiredAndARevokedCertificate() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(certificates.verify(CertificatesDemo.VALID_CODE).orElseThrow().statusOn(day))
                .isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.verify(CertificatesDemo.EXPIRED_CODE).orElseThrow().statusOn(day))
                .isEqualTo(CertificateStatus.EXPIRED);
        assertThat(certificates.verify(CertificatesDemo.REVOKED_CODE).orElseThrow().statusOn(day))
                .isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void issuingIsAuditedWithTheHolderMasked() {
        String id = TestPeople.residentId();
        Certificate c = certificates.issue(request(id, LocalDate.of(2026, 1, 1), null));
        auditTrail.chainPending();
        String after = jdbc.sql("select cast(after_state as text) from audit_entry where action = 'certificates.issued' "
                + "and subject = ?").param(c.number()).query(String.class).single();
        assertThat(after).contains("最低生活保障证").doesNotContain(id).contains(id.substring(0, 6) + "********");
    }

    private int count() {
        return jdbc.sql("select count(*) from certificates_certificate").query(Integer.class).single();
    }
}
