package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;

/** 实名核验 at the window: find an account by its mobile number, confirm the document seen and its number. */
public class IdentityVerificationPage extends PortalPage {

    public IdentityVerificationPage(Page page) {
        super(page);
    }

    public IdentityVerificationPage open() {
        page.navigate("/console/accounts/verify");
        return this;
    }

    public IdentityVerificationPage find(String mobile) {
        field("账号手机号").fill(mobile);
        pressForMessage("查找账号");
        return this;
    }

    /** The account as the officer sees it (masked). */
    public String account() {
        return page.locator(".verify-account").innerText();
    }

    /** Chooses the document seen, types its number, ticks (or not) that the original was checked, and confirms. */
    public String verify(String document, String number, boolean seen) {
        field("核对的证件").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(document));
        field("证件上的号码").fill(number);
        if (seen) {
            page.getByLabel("我已核对证件原件", new Page.GetByLabelOptions().setExact(false)).check();
        }
        return pressForMessage("确认核验");
    }

    public String level() {
        return page.locator(".verify-level").innerText().strip();
    }
}
