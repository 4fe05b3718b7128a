package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/** An officer's page of one 依申请公开 request: each step is a small form with its date. */
public class RequestConsolePage extends PortalPage {

    public RequestConsolePage(Page page) {
        super(page);
    }

    public RequestConsolePage open(String number) {
        page.navigate("/console/requests/" + number);
        return this;
    }

    public RequestConsolePage fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    public RequestConsolePage choose(String label, String option) {
        field(label).selectOption(new SelectOption().setLabel(option));
        return this;
    }

    /** Ticks the radio button or checkbox with this label. */
    public RequestConsolePage check(String label) {
        field(label).check();
        return this;
    }

    /** Presses a step's button and returns the message the page answers with. */
    public String press(String button) {
        return pressForMessage(button);
    }

    public String dueDate() {
        return page.locator("#due-date").innerText().strip();
    }

    public String state() {
        return page.locator("table.data tr").first().locator("td").innerText().strip();
    }
}
