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

    /**
     * The header texts a screen reader announces with one figure of the table under a section heading (the cells its
     * {@code headers} attribute names), e.g. 行政诉讼, 复议后起诉, 结果维持.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> headersOfFigure(String sectionHeading, int figure) {
        return (java.util.List<String>) page.evaluate("""
                ([heading, n]) => {
                  const h = [...document.querySelectorAll('main h2')].find(e => e.textContent.trim() === heading);
                  let t = h.nextElementSibling;
                  while (t && t.tagName !== 'TABLE') { t = t.nextElementSibling; }
                  const cell = t.querySelectorAll('tbody td')[n];
                  return cell.getAttribute('headers').split(' ').map(id => document.getElementById(id).textContent.trim());
                }""", java.util.List.of(sectionHeading, figure));
    }

    /** The console path of the government document the report was submitted as. */
    public String documentPath() {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("对应的政府信息")).getAttribute("href");
    }
}
