package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/** The portal's 政府信息公开申请 form. */
public class RequestApplicationPage extends PortalPage {

    public RequestApplicationPage(Page page) {
        super(page);
    }

    public RequestApplicationPage open() {
        page.navigate("/disclosure-requests/apply");
        return this;
    }

    public RequestApplicationPage fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    public RequestApplicationPage choose(String label, String option) {
        field(label).selectOption(new SelectOption().setLabel(option));
        return this;
    }

    public RequestApplicationPage submit() {
        page.locator("form.stack button[type=submit]").click();
        page.waitForLoadState();
        return this;
    }

    /** The registration number shown after a successful submission. */
    public String number() {
        return page.locator("[role=status] strong").innerText().strip();
    }

    public String fieldError(String field) {
        var error = page.locator("#" + field + "-error");
        return error.count() == 0 ? null : error.innerText().strip();
    }
}
