package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.doorstep.platform.LoggingTextMessages;
import org.doorstep.platform.TextMessage;

/**
 * The 点题公开 screens: the portal's 我要点题 form, 我的点题, and the console's topic page where each step is a small
 * form. Fields are found by their visible labels.
 */
public class TopicPages extends PortalPage {

    public TopicPages(Page page) {
        super(page);
    }

    public TopicPages openProposal() {
        page.navigate("/topics/propose");
        return this;
    }

    public TopicPages openConsole(String number) {
        page.navigate("/console/topics/" + number);
        return this;
    }

    public TopicPages openMine(String number) {
        page.navigate("/my/topics/" + number);
        return this;
    }

    public TopicPages fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    public TopicPages choose(String label, String option) {
        field(label).selectOption(new SelectOption().setLabel(option));
        return this;
    }

    /** Presses a button and returns the message the page answers with (status or alert), or "". */
    public String press(String button) {
        return pressForMessage(button);
    }

    /**
     * Proves the mobile number typed as 联系电话, as someone not signed in must: 获取验证码, then the code from the SMS
     * (the test adapter keeps what was "sent"). Returns the page's answer to 获取验证码.
     */
    public TopicPages proveMobile(LoggingTextMessages sms) {
        String mobile = field("联系电话").inputValue().replaceAll("\\s", "");
        pressForMessage("获取验证码");
        field("短信验证码").fill(sms.lastTo(mobile).map(TextMessage::code).orElse(""));
        return this;
    }

    /** The number shown after a successful proposal. */
    public String number() {
        return page.locator("[role=status] strong").innerText().strip();
    }

    public String state() {
        return page.locator("#topic-state").innerText().strip();
    }

    public String dueDate() {
        return page.locator("#due-date").innerText().strip();
    }

    public String fieldError(String field) {
        var error = page.locator("#" + field + "-error");
        return error.count() == 0 ? null : error.innerText().strip();
    }

    public String main() {
        return page.locator("main").innerText();
    }
}
