package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.doorstep.accounts.IdentityDocument;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.browser.pages.RegisterPage;
import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class CertificateBrowserTest extends BrowserTest {

    @Autowired
    Certificates certificates;
    @Autowired
    IdentityVerification verification;

    @ParameterizedTest
    @ValueSource(strings = {"/certificates/verify", "/certificates/verify/QXZZDEMQAAAAAAA2",
            "/certificates/verify/QXZZDEMQAAAAAAA4"})
    void verificationPagesHaveNoSeriousOrCriticalViolations(String path) {
        new PortalPage(page).open(path);
        assertThat(Accessibility.seriousViolations(page)).as(path).isEmpty();
    }

    @Test
    void aVisitorTypesACodeAsPrintedAndSeesTheCertificateWithItsQrCode() {
        new PortalPage(page).open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("电子证照核验 输入验证码或扫码核验证照真伪")).click();
        page.getByLabel("验证码").fill("qxzz-demq-aaaa-aaa2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核验")).click();

        assertThat(page.url()).endsWith("/certificates/verify/QXZZDEMQAAAAAAA2");
        assertThat(page.locator("#cert-status").innerText()).isEqualTo("有效");
        assertThat(page.locator("h1").innerText()).isEqualTo("营业执照");
        Object qrWidth = page.locator("figure img").evaluate("img => img.complete ? img.naturalWidth : -1");
        assertThat(((Number) qrWidth).intValue()).isGreaterThan(100);
    }

    @Test
    void aMalformedOrUnknownCodeIsExplainedNextToTheField() {
        new PortalPage(page).open("/certificates/verify");
        page.getByLabel("验证码").fill("<script>alert(1)</script>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核验")).click();
        assertThat(page.locator("#code-error").innerText()).contains("16 位");
        assertThat(page.getByLabel("验证码").inputValue()).isEqualTo("<script>alert(1)</script>");

        // Well formed but mistyped: answered on the form too (404), never a bare not-found page.
        page.getByLabel("验证码").fill("zzzz zzzz zzzz zzzz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("核验")).click();
        assertThat(page.locator("#code-error").innerText()).isEqualTo("未找到该证照，请核对校验码");
        assertThat(page.getByLabel("验证码").inputValue()).isEqualTo("zzzz zzzz zzzz zzzz");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        APIResponse unknown = context.request().get("/certificates/verify/ZZZZZZZZZZZZZZZZ");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("未找到该证照，请核对校验码");
    }

    @Test
    void aRevokedCertificateSaysSoWithItsReason() {
        new PortalPage(page).open("/certificates/verify/QXZZDEMQAAAAAAA4");
        assertThat(page.locator("#cert-status").innerText()).isEqualTo("已注销");
        assertThat(page.locator(".cert-status").innerText()).contains("2025-09-01");
        // The holder is a person: name and ID number are masked for whoever verifies.
        assertThat(page.locator("main").innerText()).contains("张**").doesNotContain("张某某")
                .doesNotContain("361199195203142029");
    }

    @Test
    void aCitizenSeesTheirOwnCertificatesAndOpensOne() {
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();
        String password = "Qingxi2026pass";
        new RegisterPage(page, sms()).openForPerson().fill("姓名", "测试群众").fill("身份证号", id).fill("手机号", mobile)
                .fill("密码", password).fill("再次输入密码", password).submit();
        Certificate mine = certificates.issue(new CertificateRequest("居住证", "测试群众", id, DemoCounty.COUNTY,
                "青溪县人民政府", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null));

        assertThat(page.locator("[role=status]").innerText()).contains("注册成功");
        // Certificates are shown to the identity-verified holder only (see WindowVerificationBrowserTest).
        VerifiedCitizens.atWindow(verification, mobile, IdentityDocument.RESIDENT_ID_CARD, id);
        assertThat(new LoginPage(page).open().signIn(mobile, password).path()).isEqualTo("/my");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的电子证照 查看和出示办结签发的证照")).click();
        assertThat(page.locator("table").innerText()).contains("居住证", mine.number(), "2030-12-31", "有效")
                .doesNotContain("营业执照");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("核验居住证")).click();
        assertThat(page.url()).endsWith(mine.verificationPath());
    }

    @Test
    void aDepartmentReviewerRevokesACertificateOfTheirDepartmentWithAReason() {
        Certificate c = certificates.issue(new CertificateRequest("食品经营许可证", "青溪县测试餐饮店",
                TestPeople.creditCode(), DemoCounty.MARKET_REGULATION, "青溪县市场监督管理局", LocalDate.of(2026, 2, 1),
                LocalDate.of(2031, 1, 31), null));
        new LoginPage(page).open().signIn("bumen", StaffSignInBrowserTest.DEMO_PASSWORD);
        new PortalPage(page).open("/console/certificates?q=" + c.verificationCode());
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.getByLabel("注销" + c.number() + "的原因").fill("经营者申请注销");
        page.locator("form[action$='/revoke'] button").click();
        assertThat(page.locator(".alert.ok").innerText()).contains(c.number());
        assertThat(certificates.verify(c.verificationCode()).orElseThrow().revokeReason()).isEqualTo("经营者申请注销");

        // A civil-affairs certificate is not the market regulator's to see or revoke.
        new PortalPage(page).open("/console/certificates?q=QXZZDEMQAAAAAAA4");
        assertThat(page.locator("main").innerText()).contains("没有符合条件的电子证照");
    }
}
