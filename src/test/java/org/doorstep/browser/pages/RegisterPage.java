package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;

public class RegisterPage extends PortalPage {

    public RegisterPage(Page page) {
        super(page);
    }

    public RegisterPage openForPerson() {
        page.navigate("/register");
        return this;
    }

    public RegisterPage openForFirm() {
        page.navigate("/register?kind=FIRM");
        return this;
    }

    public RegisterPage fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    public PortalPage submit() {
        page.locator("form.stack button[type=submit]").click();
        page.waitForLoadState();
        return this;
    }

    /** The error shown next to a field, or null. */
    public String fieldError(String field) {
        var error = page.locator("#" + field + "-error");
        return error.count() == 0 ? null : error.innerText().strip();
    }
}
