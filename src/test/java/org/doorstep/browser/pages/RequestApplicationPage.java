package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.doorstep.platform.LoggingTextMessages;
import org.doorstep.platform.TextMessage;

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
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请").setExact(true)).click();
        page.waitForLoadState();
        return this;
    }

    /**
     * Proves the mobile number typed, as someone not signed in must: 获取验证码, then the code from the SMS (the test
     * adapter keeps what was "sent"). Returns the page's answer to 获取验证码.
     */
    public String proveMobile(LoggingTextMessages sms) {
        String mobile = field("联系电话（手机）").inputValue().replaceAll("\\s", "");
        String answer = pressForMessage("获取验证码");
        field("短信验证码").fill(sms.lastTo(mobile).map(TextMessage::code).orElse(""));
        return answer;
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
