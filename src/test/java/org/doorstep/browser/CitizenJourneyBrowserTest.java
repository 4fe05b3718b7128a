package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.browser.pages.PortalPage;
import org.doorstep.browser.pages.RegisterPage;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CitizenJourneyBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Qingxi2026pass";

    @Autowired
    org.doorstep.platform.PersonalData sealed;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenRegistersSignsInAndKeepsElderlyModeOnTheNextPage() {
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();
        new RegisterPage(page, sms()).openForPerson()
                .fill("姓名", "测试群众").fill("身份证号", id).fill("手机号", mobile)
                .fill("密码", PASSWORD).fill("再次输入密码", PASSWORD).submit();
        // Registered and signed in at once: no second sign-in.
        assertThat(page.locator("[role=status]").innerText()).contains("注册成功，已为您登录");
        PortalPage signedIn = new PortalPage(page);
        assertThat(signedIn.path()).isEqualTo("/my");
        assertThat(signedIn.signedInName()).isEqualTo("测试群众");
        // The ID number and the mobile number appear only masked.
        String body = page.content();
        assertThat(body).doesNotContain(id).doesNotContain(mobile)
                .contains(id.substring(0, 6) + "********" + id.substring(14))
                .contains(mobile.substring(0, 3) + "****" + mobile.substring(7));

        double normal = signedIn.rootFontSizePx();
        assertThat(signedIn.elderlyMode()).isFalse();
        signedIn.toggleElderlyMode();
        assertThat(signedIn.elderlyMode()).isTrue();
        assertThat(signedIn.path()).isEqualTo("/my");

        PortalPage next = new PortalPage(page).open("/calendar/deadline");
        assertThat(next.elderlyMode()).isTrue();
        assertThat(next.rootFontSizePx()).isGreaterThanOrEqualTo(normal * 1.3);
        next.toggleElderlyMode();
        assertThat(new PortalPage(page).open("/").elderlyMode()).isFalse();
    }

    @Test
    void aWrongCheckDigitIsRefusedInChineseAndNothingIsStored() {
        String mobile = TestPeople.mobile();
        RegisterPage form = new RegisterPage(page, sms()).openForPerson();
        form.fill("姓名", "测试群众").fill("身份证号", TestPeople.withWrongCheckDigit(TestPeople.residentId()))
                .fill("手机号", mobile).fill("密码", PASSWORD).fill("再次输入密码", PASSWORD).submit();
        assertThat(form.fieldError("idNumber")).contains("身份证号不正确");
        assertThat(page.getByLabel("手机号").inputValue()).isEqualTo(mobile);
        assertThat(page.getByLabel("密码", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .inputValue()).isEmpty();
        assertThat(jdbc.sql("select count(*) from accounts_citizen where mobile_hash = ?")
                .param(sealed.lookupHash(Kind.PHONE, mobile))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aFirmRegistersWithItsCreditCode() {
        String mobile = TestPeople.mobile();
        new RegisterPage(page, sms()).openForFirm()
                .fill("企业名称", "青溪县测试农业发展有限公司").fill("统一社会信用代码", TestPeople.creditCode())
                .fill("经办人姓名", "测试经办人").fill("手机号", mobile)
                .fill("密码", PASSWORD).fill("再次输入密码", PASSWORD).submit();
        PortalPage signedIn = new PortalPage(page);
        assertThat(signedIn.path()).as("signed in by registering").isEqualTo("/my");
        assertThat(page.locator("main").innerText()).contains("企业").contains("青溪县测试农业发展有限公司");
    }
}
