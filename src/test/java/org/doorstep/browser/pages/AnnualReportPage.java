package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The console's annual report: generate a year, fill the hand-entered figures and sections, save and submit. */
public class AnnualReportPage extends PortalPage {

    public AnnualReportPage(Page page) {
        super(page);
    }

    /** Generates the officer's government's report of a year and lands on its page. */
    public AnnualReportPage generate(int year) {
        page.navigate("/console/reports");
        page.getByLabel("报告年度").fill(String.valueOf(year));
        press("生成年度报告");
        return this;
    }

    public AnnualReportPage fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    /** Presses a button and returns the message the page answers with. */
    public String press(String button) {
        return pressForMessage(button);
    }

    public String status() {
        return page.locator("#report-status").innerText().strip();
    }

    public String columnCheck() {
        return page.locator("#column-check").innerText().strip();
    }

    /** The console path of the government document the report was submitted as. */
    public String documentPath() {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("对应的政府信息")).getAttribute("href");
    }
}
