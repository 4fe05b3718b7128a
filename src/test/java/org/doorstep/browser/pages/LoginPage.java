package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;

public class LoginPage extends PortalPage {

    public LoginPage(Page page) {
        super(page);
    }

    public LoginPage open() {
        page.navigate("/login");
        return this;
    }

    public PortalPage signIn(String login, String password) {
        page.getByLabel("账号或手机号").fill(login);
        page.getByLabel("密码").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
        page.waitForLoadState();
        return new PortalPage(page);
    }

    public String alert() {
        return page.locator("[role=alert]").first().innerText().strip();
    }
}
