package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.doorstep.browser.pages.DocumentEditorPage;
import org.doorstep.browser.pages.LoginPage;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 4: an officer writes a document body with the editor (headings, lists, a table), by mouse and by
 * keyboard, and the saved draft keeps that structure; the page stays clean under axe-core.
 */
class DocumentEditorBrowserTest extends BrowserTest {

    @Test
    void anOfficerWritesHeadingsAListAndATableAndTheDraftKeepsThem() {
        String title = "关于下达2026年植树造林任务的通知" + UUID.randomUUID().toString().substring(0, 8);
        new LoginPage(page).open().signIn("gongkai", DisclosureBrowserTest.PASSWORD);
        DocumentEditorPage form = new DocumentEditorPage(page).openNew().describe(title, "乡村振兴");

        // The textarea is only the fallback: the editor named 正文 replaces it, with its toolbar.
        assertThat(form.submittedField().isHidden()).isTrue();
        assertThat(form.body().isVisible()).isTrue();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        // The toolbar is one tab stop; arrow keys and End move along it.
        form.body().click();
        page.keyboard().press("Shift+Tab");
        assertThat(focusedText()).isEqualTo("正文段落");
        page.keyboard().press("ArrowRight");
        assertThat(focusedText()).isEqualTo("一级小标题");
        page.keyboard().press("End");
        assertThat(focusedText()).isEqualTo("插入表格");
        page.keyboard().press("Home");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter");
        form.typeLine("一、工作目标").typeLine("全年完成造林 500 亩。");

        form.tool("项目列表").click();
        form.typeLine("甲村 200 亩").typeLine("乙村 300 亩");
        page.keyboard().press("Enter");
        form.answerNextPrompt("3,2").tool("插入表格").click();

        assertThat(form.save()).contains("草稿已保存");
        var body = page.locator("main .document-body");
        assertThat(body.locator("h2").innerText()).isEqualTo("一、工作目标");
        assertThat(body.locator("p").first().innerText()).isEqualTo("全年完成造林 500 亩。");
        assertThat(body.locator("ul li").allInnerTexts()).containsExactly("甲村 200 亩", "乙村 300 亩");
        assertThat(body.locator("table th[scope=col]").count()).isEqualTo(2);
        assertThat(body.locator("table td").count()).isEqualTo(4);
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        // Editing again loads the saved markup into the editor, not as text.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改").setExact(true)).click();
        assertThat(form.body().locator("h2").innerText()).isEqualTo("一、工作目标");
        assertThat(form.body().locator("ul li").count()).isEqualTo(2);
    }

    private String focusedText() {
        return (String) page.evaluate("document.activeElement.textContent");
    }
}
