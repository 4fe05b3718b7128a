package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.doorstep.browser.pages.IdentityVerificationPage;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.browser.pages.RegisterPage;
import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10 finding 1: a citizen's ID number is only claimed until a window officer who has seen the ID card verifies
 * it; until then "我的电子证照" explains how to verify instead of listing what is held under that number.
 */
class WindowVerificationBrowserTest extends BrowserTest {

    static final String PASSWORD = "Qingxi2026pass";

    @Autowired
    org.doorstep.audit.AuditTrail auditTrail;
    @Autowired
    org.doorstep.platform.PersonalData sealed;
    @Autowired
    Certificates certificates;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWindowOfficerWhoHasSeenTheIdCardVerifiesTheAccountAndOnlyThenItsCertificatesShow() {
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();
        new RegisterPage(page, sms()).openForPerson().fill("姓名", "窗口核验测试").fill("身份证号", id).fill("手机号", mobile)
                .fill("密码", PASSWORD).fill("再次输入密码", PASSWORD).submit();
        Certificate held = certificates.issue(new CertificateRequest("居住证", "窗口核验测试", id, DemoCounty.COUNTY,
                "青溪县人民政府", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null));

        // Registered, not yet verified: the certificate held under the claimed number is not shown.
        PortalPage citizen = new LoginPage(page).open().signIn(mobile, PASSWORD);
        assertThat(page.locator(".verification-level").innerText()).isEqualTo("手机号已验证，证件号码未核验");
        citizen.open("/my/certificates");
        assertThat(page.locator(".verification-needed").innerText()).contains("尚未完成实名核验", "政务服务窗口");
        assertThat(page.locator("main").innerText()).doesNotContain(held.number());
        citizen.signOut();

        // The 梅林镇 window officer finds the account by its mobile number and sees it masked.
        new LoginPage(page).open().signIn("chuangkou", StaffSignInBrowserTest.DEMO_PASSWORD);
        IdentityVerificationPage window = new IdentityVerificationPage(page).open().find(mobile);
        assertThat(window.account()).contains("窗口核验测试", id.substring(0, 6) + "********" + id.substring(14))
                .doesNotContain(id).doesNotContain(mobile);
        assertThat(window.level()).isEqualTo("手机号已验证，证件号码未核验");
        assertThat(Accessibility.seriousViolations(page)).as("verification page").isEmpty();

        // A number that is not the one on the card, or a confirmation not ticked, is refused; nothing changes.
        assertThat(window.verify("居民身份证", TestPeople.residentId(), true)).contains("号码不一致");
        assertThat(window.verify("居民身份证", id, false)).contains("请先核对证件原件");
        assertThat(Accessibility.seriousViolations(page)).as("verification page with errors").isEmpty();
        assertThat(level(mobile)).isEqualTo("MOBILE_VERIFIED");

        assertThat(window.verify("居民身份证", id, true)).contains("已完成实名核验");
        assertThat(window.level()).isEqualTo("已实名核验（窗口核验）");
        assertThat(level(mobile)).isEqualTo("IDENTITY_VERIFIED");
        // Recorded: who, where, with which document; the audit entry holds the number masked only.
        assertThat(jdbc.sql("""
                select verified_by || ' ' || verified_unit || ' ' || verified_document from accounts_citizen
                where mobile_hash = ?""").param(sealed.lookupHash(Kind.PHONE, mobile)).query(String.class).single())
                .isEqualTo("chuangkou " + DemoCounty.MEILIN_TOWN + " RESIDENT_ID_CARD");
        auditTrail.chainPending();
        String audit = jdbc.sql("""
                select actor || ' ' || cast(after_state as text) from audit_entry
                where action = 'accounts.citizen.identity-verified' and subject = ? order by id desc limit 1""")
                .param(jdbc.sql("select 'c-' || id from accounts_citizen where mobile_hash = ?")
                        .param(sealed.lookupHash(Kind.PHONE, mobile)).query(String.class).single())
                .query(String.class).single();
        assertThat(audit).startsWith("chuangkou ").contains("WINDOW", "RESIDENT_ID_CARD").doesNotContain(id);
        new PortalPage(page).signOut();

        // Now the citizen sees the certificate.
        citizen = new LoginPage(page).open().signIn(mobile, PASSWORD);
        assertThat(page.locator(".verification-level").innerText()).isEqualTo("已实名核验（窗口核验）");
        citizen.open("/my/certificates");
        assertThat(page.locator("table").innerText()).contains("居住证", held.number());
        assertThat(page.locator(".verification-needed").count()).isZero();
    }

    @Test
    void onlyWindowOfficersReachTheVerificationPage() {
        new LoginPage(page).open().signIn("bumen", StaffSignInBrowserTest.DEMO_PASSWORD);
        var response = page.navigate("/console/accounts/verify");
        assertThat(response.status()).isEqualTo(403);
    }

    private String level(String mobile) {
        return jdbc.sql("select verification_level from accounts_citizen where mobile_hash = ?")
                .param(sealed.lookupHash(Kind.PHONE, mobile))
                .query(String.class).single();
    }
}
