package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import org.doorstep.browser.pages.LoginPage;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 11 as an officer meets it: the holiday calendar shows a 公开专员 no 删除 or 保存 (only the county
 * administrator may change it), and a post made anyway is refused with the Chinese error page, not acted on.
 */
class ConsoleControlsBrowserTest extends BrowserTest {

    @Test
    void anOfficerSeesNoCalendarControlsAndAForgedPostIsRefusedInChinese() {
        new LoginPage(page).open().signIn("gongkai", DisclosureBrowserTest.PASSWORD);
        page.navigate("/console/calendar");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).count())
                .isZero();
        assertThat(page.locator("main form[method=post]").count()).isZero();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        // The sign-out form carries the session's CSRF token, as any forged form from this page would; the post is
        // sent as a browser sends a form, asking for a page.
        String token = page.locator("input[name=_csrf]").first().getAttribute("value");
        APIResponse refused = page.request().post("/console/calendar/days", RequestOptions.create()
                .setHeader("Accept", "text/html,application/xhtml+xml")
                .setForm(FormData.create().set("_csrf", token).set("date", "2030-04-02").set("kind", "HOLIDAY")
                        .set("name", "伪造的假日")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("没有访问权限");
        page.navigate("/console/calendar?year=2030");
        assertThat(page.locator("main").innerText()).doesNotContain("伪造的假日");

        // The same officer may change the catalogue, and is offered it.
        page.navigate("/console/disclosure/catalogue");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导入目录")).isVisible()).isTrue();
    }
}
