package org.doorstep.browser.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.doorstep.platform.LoggingTextMessages;
import org.doorstep.platform.TextMessage;

/**
 * 个人注册 / 企业注册: the form, then 获取验证码, the code read from the SMS as the person would (the test adapter keeps
 * what was "sent"), and 注册. The page comes back without the passwords after 获取验证码, so they are typed again.
 */
public class RegisterPage extends PortalPage {

    private final LoggingTextMessages sms;
    private final Map<String, String> typed = new LinkedHashMap<>();

    public RegisterPage(Page page, LoggingTextMessages sms) {
        super(page);
        this.sms = sms;
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
        typed.put(label, value);
        return this;
    }

    /** Presses 获取验证码 and returns the page's answer (status or alert). */
    public String requestCode() {
        return pressForMessage("获取验证码");
    }

    /** The code in the latest SMS to the number typed, or "" when none came. */
    public String codeFromSms() {
        String mobile = typed.getOrDefault("手机号", "").replaceAll("\\s", "");
        return sms.lastTo(mobile).map(TextMessage::code).orElse("");
    }

    /** 获取验证码, the code from the SMS, the passwords again, 注册. */
    public PortalPage submit() {
        requestCode();
        return submitWithCode(codeFromSms());
    }

    /** Types a code (and the passwords again) and presses 注册. */
    public PortalPage submitWithCode(String code) {
        field("短信验证码").fill(code);
        for (String label : new String[] {"密码", "再次输入密码"}) {
            if (typed.containsKey(label)) {
                field(label).fill(typed.get(label));
            }
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册").setExact(true)).click();
        page.waitForLoadState();
        return this;
    }

    /** The error shown next to a field, or null. */
    public String fieldError(String field) {
        var error = page.locator("#" + field + "-error");
        return error.count() == 0 ? null : error.innerText().strip();
    }
}
