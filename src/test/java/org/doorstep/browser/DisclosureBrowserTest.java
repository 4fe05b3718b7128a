package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.browser.pages.SearchPage;
import org.junit.jupiter.api.Test;

/** 政务公开 end to end: an officer drafts, a second officer approves, the public sees it in the catalogue and feed. */
class DisclosureBrowserTest extends BrowserTest {

    static final String PASSWORD = "Qingxi@2026";

    @Test
    void anOfficerDraftsWithAnAttachmentAndAnInterpretationAndAReviewerApproves() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "青溪县关于乡村振兴项目资金公示的通知" + marker;
        String interpretation = "一图读懂：乡村振兴项目资金公示" + marker;

        new LoginPage(page).open().signIn("gongkai", PASSWORD);
        String policyPath = draftAndSubmit(title, null);
        new PortalPage(page).open("/console").signOut();

        new LoginPage(page).open().signIn("baomi", PASSWORD);
        approve(policyPath);
        new PortalPage(page).open("/console").signOut();

        // The interpretation is linked to the now published policy.
        new LoginPage(page).open().signIn("gongkai", PASSWORD);
        String interpretationPath = draftAndSubmit(interpretation, title);
        new PortalPage(page).open("/console").signOut();
        new LoginPage(page).open().signIn("baomi", PASSWORD);
        approve(interpretationPath);
        new PortalPage(page).open("/console").signOut();

        // The public: catalogue → node → document, with attachment, interpretation and QR code.
        page.navigate("/disclosure");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("青溪县").setExact(true)).click();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("乡村振兴").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
        assertThat(page.locator("h1").innerText()).isEqualTo(title);
        assertThat(page.locator("main").innerText()).contains("资金公示表" + marker + ".pdf", interpretation,
                "扫一扫在手机打开当前页", "索引号", "361199000/");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(interpretation)).click();
        assertThat(page.locator("main").innerText()).contains("解读的政策文件", title);

        String nodeUrl = page.locator("a", new Page.LocatorOptions().setHasText("乡村振兴")).first()
                .getAttribute("href");
        String feed = page.request().get(nodeUrl + "/feed.atom").text();
        assertThat(feed).contains("<feed", title);

        // ... and in search, from the header's search box: two words of the title, both highlighted
        SearchPage search = new SearchPage(page).searchUntilFound("乡村振兴 资金公示", title);
        assertThat(search.titles()).contains(title);
        assertThat(search.highlighted(title)).contains("乡村振兴", "资金公示");
    }

    @Test
    void aReturnedDraftIsNowherePublicAndARevisionShowsItsHistory() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String returned = "青溪县涉农补贴发放情况公告" + marker;
        String revised = "青溪县社会救助资金使用情况公示" + marker;

        new LoginPage(page).open().signIn("gongkai", PASSWORD);
        String returnedPath = draftAndSubmit(returned, null);
        String revisedPath = draftAndSubmit(revised, null);
        new PortalPage(page).open("/console").signOut();

        new LoginPage(page).open().signIn("baomi", PASSWORD);
        page.navigate(returnedPath);
        page.getByLabel("审查意见（退回修改时必填，不向公众公开）").fill("附件中的公示金额与正文不一致");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回修改")).click();
        approve(revisedPath);
        new PortalPage(page).open("/console").signOut();

        // The returned draft: no page, no search hit, not in the catalogue node or its feed.
        String returnedId = returnedPath.substring(returnedPath.lastIndexOf('/') + 1);
        assertThat(page.request().get("/disclosure/documents/" + returnedId).status()).isEqualTo(404);
        assertThat(page.request().get("/api/v1/search?q=" + returned).text()).contains("\"total\":0");
        page.navigate("/disclosure");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("青溪县").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("乡村振兴").setExact(true)).click();
        assertThat(page.locator("main").innerText()).contains(revised).doesNotContain(returned);
        assertThat(page.request().get(page.url() + "/feed.atom").text()).contains(revised).doesNotContain(returned);

        // The revision: a new version whose public page shows the note and the history.
        new LoginPage(page).open().signIn("gongkai", PASSWORD);
        page.navigate(revisedPath);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修订").setExact(true)).click();
        page.getByLabel("正文", new Page.GetByLabelOptions().setExact(true)).fill(revised + "的正文（更正后）。");
        page.getByLabel("修订说明（向公众公开）").fill("更正第二季度救助资金金额");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布修订版本")).click();
        new PortalPage(page).open("/console").signOut();

        page.navigate("/disclosure/documents/" + revisedPath.substring(revisedPath.lastIndexOf('/') + 1));
        assertThat(page.locator("main").innerText()).contains("本文件已修订（第 2 版）", "修订记录",
                "更正第二季度救助资金金额", "（更正后）");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
    }

    private String draftAndSubmit(String title, String policy) {
        page.navigate("/console/disclosure/new");
        page.getByLabel("标题").fill(title);
        page.getByLabel("文号（可选）").fill("青政办发〔2026〕" + (100 + Math.abs(title.hashCode() % 800)) + "号");
        page.getByLabel("乡村振兴").check();
        // 主题分类 and 体裁 are chosen from their lists (GB/T 21063.4; 体裁 as table 二 counts), not typed.
        page.getByLabel("主题分类").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("农业、林业、水利"));
        page.getByLabel("体裁").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(policy == null ? "通知" : "解读"));
        page.getByLabel("来源（可选）").fill("青溪县农业农村局");
        if (policy != null) {
            page.getByLabel("解读的政策文件（仅政策解读填写）").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel(policy));
        }
        page.getByLabel("正文", new Page.GetByLabelOptions().setExact(true)).fill(title + "的正文。");
        if (policy == null) {
            String marker = title.substring(title.length() - 8);
            page.getByLabel("附件（PDF、OFD、Word、Excel、图片，单个不超过 20 MB）").setInputFiles(new FilePayload(
                    "资金公示表" + marker + ".pdf", "application/pdf",
                    ("%PDF-1.4\n%" + title + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8)));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("草稿已保存");
        String path = page.url().substring(baseUrl().length());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交保密审查")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("已提交保密审查");
        return path;
    }

    private void approve(String path) {
        page.navigate("/console/disclosure/review");
        page.navigate(path);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审查通过并发布")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("已发布");
    }
}
