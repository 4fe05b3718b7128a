package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.doorstep.support.Authenticator;

public class LoginPage extends PortalPage {

    /** The secrets of accounts enrolled during this test run, as their owners' apps keep them. */
    private static final java.util.Map<String, String> ENROLLED = new java.util.concurrent.ConcurrentHashMap<>();

    public LoginPage(Page page) {
        super(page);
    }

    public LoginPage open() {
        page.navigate("/login");
        return this;
    }

    /**
     * Signs in with a password and, for staff, the second factor as its owner's authenticator app gives it: the demo
     * county's secret, or for an account not yet enrolled a new one read off the enrolment page.
     */
    public PortalPage signIn(String login, String password) {
        signInWithPassword(login, password);
        if (page.url().contains("/login/second-factor/enrol")) {
            String secret = page.locator(".totp-secret").innerText().replace(" ", "");
            ENROLLED.put(login, secret);
            page.getByLabel("验证器显示的 6 位验证码").fill(Authenticator.freshCode(login, secret));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成登记并登录")).click();
            page.waitForLoadState();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我已保存，继续")).click();
            page.waitForLoadState();
        } else if (page.url().contains("/login/second-factor")) {
            enterCode(Authenticator.freshCode(login, ENROLLED.getOrDefault(login, Authenticator.DEMO_SECRET)));
        }
        return new PortalPage(page);
    }

    /** The first step only: account and password. */
    public PortalPage signInWithPassword(String login, String password) {
        page.getByLabel("账号或手机号").fill(login);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
        page.waitForLoadState();
        return new PortalPage(page);
    }

    /** The second step: the code of the authenticator app (or a recovery code). */
    public PortalPage enterCode(String code) {
        page.getByLabel("动态验证码").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证并登录")).click();
        page.waitForLoadState();
        return new PortalPage(page);
    }

    public String alert() {
        return page.locator("[role=alert]").first().innerText().strip();
    }
}
