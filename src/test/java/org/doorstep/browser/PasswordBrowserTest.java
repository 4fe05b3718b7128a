package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.CitizenRegistration;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordBrowserTest extends BrowserTest {

    private static final String OLD = "Qingxi2026pass";
    private static final String NEW = "Meilin2027pass";

    @Autowired
    Accounts accounts;

    @Test
    void aCitizenChangesTheirPasswordAfterProvingTheCurrentOne() {
        String mobile = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "测试群众", TestPeople.residentId(), null, null, mobile, OLD, OLD));
        new LoginPage(page).open().signIn(mobile, OLD);
        page.locator(".signout-link").click();
        assertThat(new PortalPage(page).heading()).isEqualTo("修改密码");

        page.getByLabel("当前密码").fill("not-my-password1");
        page.getByLabel("新密码", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(NEW);
        page.getByLabel("再次输入新密码").fill(NEW);
        page.locator("form.stack button[type=submit]").click();
        assertThat(page.locator("#currentPassword-error").innerText()).contains("当前密码不正确");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        page.getByLabel("当前密码").fill(OLD);
        page.getByLabel("新密码", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(NEW);
        page.getByLabel("再次输入新密码").fill(NEW);
        page.locator("form.stack button[type=submit]").click();
        // Every session of the account ends with the change, this one too: the sign-in page says so.
        assertThat(page.locator("[role=status]").innerText()).contains("密码已修改");
        assertThat(new PortalPage(page).path()).isEqualTo("/login");

        LoginPage login = new LoginPage(page);
        login.open().signIn(mobile, OLD);
        assertThat(login.path()).isEqualTo("/login");
        assertThat(login.open().signIn(mobile, NEW).path()).isEqualTo("/my");
    }

    @Test
    void aCitizenWhoForgotTheirPasswordSetsANewOneWithTheSmsCode() {
        String mobile = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "测试群众", TestPeople.residentId(), null, null, mobile, OLD, OLD));
        new LoginPage(page).open();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("忘记密码")).click();
        assertThat(new PortalPage(page).heading()).isEqualTo("忘记密码");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        page.getByLabel("手机号").fill(mobile);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("如该手机号已注册，验证码已发送");
        page.getByLabel("短信验证码").fill(sms().lastTo(mobile).orElseThrow().code());
        page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill(NEW);
        page.getByLabel("再次输入新密码").fill(NEW);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("重设密码")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("密码已重设");

        LoginPage login = new LoginPage(page);
        assertThat(login.signIn(mobile, OLD).path()).isEqualTo("/login");
        assertThat(login.open().signIn(mobile, NEW).path()).isEqualTo("/my");
    }

    @Test
    void theSecurityAdministratorSetsANewPasswordForAStaffMemberOfTheirArea() {
        new LoginPage(page).open().signIn("meilin.anquan", StaffSignInBrowserTest.DEMO_PASSWORD);
        page.navigate("/console/accounts");
        var row = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("meilin.gongkai"));
        row.locator("input[name=password]").fill("short");
        row.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("设置密码")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("未保存").contains("至少");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        // The demo password still works: nothing was changed by the refused attempt.
        new PortalPage(page).signOut();
        assertThat(new LoginPage(page).open().signIn("meilin.gongkai", StaffSignInBrowserTest.DEMO_PASSWORD).path())
                .isEqualTo("/console");
    }
}
