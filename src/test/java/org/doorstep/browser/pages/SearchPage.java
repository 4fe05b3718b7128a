package org.doorstep.browser.pages;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The portal search page, reached through the search box of the page header. */
public class SearchPage extends PortalPage {

    public SearchPage(Page page) {
        super(page);
    }

    /** Types into the header's search box and submits it (a plain GET form). */
    public SearchPage searchFromHeader(String words) {
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("搜索政府信息")).fill(words);
        page.locator(".header-search button").click();
        page.waitForLoadState();
        return this;
    }

    /**
     * Searches from the header until a result with this title shows (the index follows publishing a moment after the
     * reviewer's transaction commits); fails after ten seconds.
     */
    public SearchPage searchUntilFound(String words, String title) {
        long deadline = System.currentTimeMillis() + 10_000;
        searchFromHeader(words);
        while (!titles().contains(title) && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(300);
            page.reload();
        }
        return this;
    }

    public SearchPage search(String words) {
        page.navigate("/search?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
        return this;
    }

    /** The visible titles of the results. */
    public List<String> titles() {
        return page.locator(".search-results h3").allInnerTexts().stream().map(String::strip).toList();
    }

    /** The highlighted words of the result whose title contains the given text, title and snippet together. */
    public List<String> highlighted(String titleContains) {
        return page.locator(".search-results > li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(titleContains)).first().locator("em").allInnerTexts();
    }

    public String resultHeading() {
        return page.locator("#results-heading").innerText().strip();
    }
}
