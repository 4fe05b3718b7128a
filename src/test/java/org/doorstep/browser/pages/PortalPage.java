package org.doorstep.browser.pages;

import com.microsoft.playwright.Page;

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
        page.locator(".elderly-toggle button").click();
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
        page.locator(".signout button").click();
        page.waitForLoadState();
    }

    public String path() {
        return java.net.URI.create(page.url()).getPath();
    }
}
