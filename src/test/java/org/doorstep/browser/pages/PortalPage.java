package org.doorstep.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Anything under the shared page header: navigation and the elderly-mode switch. */
public class PortalPage {

    protected final Page page;

    public PortalPage(Page page) {
        this.page = page;
    }

    public PortalPage open(String path) {
        page.navigate(path);
        return this;
    }

    public String heading() {
        return page.locator("h1").first().innerText().strip();
    }

    public boolean elderlyMode() {
        return page.locator("html.elderly").count() == 1;
    }

    /** Presses the header switch (a plain form post, so it works without JavaScript). */
    public PortalPage toggleElderlyMode() {
        // In the console the switch waits in the account menu on wide screens.
        var folded = page.locator("details.account-menu:not([open]) summary");
        if (page.locator(".elderly-toggle button:visible").count() == 0 && folded.count() > 0) {
            folded.click();
        }
        page.locator(".elderly-toggle button:visible").first().click();
        page.waitForLoadState();
        return this;
    }

    public double rootFontSizePx() {
        return ((Number) page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")).doubleValue();
    }

    public String signedInName() {
        return page.locator(".signout .who").innerText().strip();
    }

    public void signOut() {
        // In the console the account's buttons fold under the name.
        var folded = page.locator("details.account-menu:not([open]) summary");
        if (folded.count() > 0) {
            folded.click();
        }
        page.locator(".signout button").filter(new Locator.FilterOptions().setHasText("退出登录")).click();
        page.waitForLoadState();
    }

    /** The form control with exactly this label. */
    protected Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** Presses a button and returns the message the page answers with (status or alert), or "". */
    protected String pressForMessage(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        page.waitForLoadState();
        var status = page.locator("[role=status], [role=alert]");
        return status.count() == 0 ? "" : status.first().innerText().strip();
    }

    public String path() {
        return java.net.URI.create(page.url()).getPath();
    }
}
