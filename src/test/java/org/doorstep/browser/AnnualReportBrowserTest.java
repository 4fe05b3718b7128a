package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.doorstep.browser.pages.AnnualReportPage;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.organization.DemoCounty;
import org.junit.jupiter.api.Test;

/**
 * 梅林镇's 2025 annual report end to end: its disclosure officer generates it from the demo requests, enters the
 * figures the platform cannot know and writes the sections, submits it; the county's reviewer approves it in the
 * disclosure console; the public finds it in the town's 政府信息公开年报 node and in the print view.
 */
class AnnualReportBrowserTest extends BrowserTest {

    static final String PASSWORD = "Qingxi@2026";
    static final String TITLE = "梅林镇人民政府2025年政府信息公开工作年度报告";

    @Test
    void anOfficerWritesAndSubmitsTheReportAReviewerApprovesItAndItIsPublishedInTheAnnualReportNode() {
        new LoginPage(page).open().signIn("meilin.gongkai", PASSWORD);
        AnnualReportPage report = new AnnualReportPage(page).generate(2025);
        assertThat(report.heading()).isEqualTo(TITLE);
        assertThat(report.status()).isEqualTo("草稿");
        assertThat(report.columnCheck()).contains("每列均满足");
        assertThat(page.locator("main").innerText()).contains("请填写行政处罚的本年处理决定数量（手工填报）", "待填报");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        // Bad input is named and kept on the form; nothing is saved.
        report.fill("行政处罚 本年处理决定数量（件）", "二十");
        report.fill("一、总体情况", "梅林镇坚持以公开为常态、不公开为例外。");
        assertThat(report.press("保存草稿")).contains("行政处罚的本年处理决定数量应为 0 至 9999999 之间的整数");
        assertThat(page.getByLabel("一、总体情况").inputValue()).isEqualTo("梅林镇坚持以公开为常态、不公开为例外。");

        report.fill("行政处罚 本年处理决定数量（件）", "20");
        report.fill("行政强制 本年处理决定数量（件）", "2");
        report.fill("行政事业性收费 本年收费金额（万元）", "3.6");
        report.fill("（三）政府信息管理", "严格执行公开前保密审查。");
        report.fill("（四）政府信息公开平台建设", "在便民服务中心设立政务公开专区。");
        report.fill("（五）监督保障", "将政务公开纳入年度考核。");
        report.fill("五、存在的主要问题及改进情况", "政策解读形式单一，下一步增加图解解读。");
        assertThat(report.press("保存草稿")).isEqualTo("草稿已保存");
        assertThat(report.press("重新生成数据")).contains("已按平台当前数据重新生成");
        assertThat(page.locator(".rpt-preview").innerText()).contains("20（手工填报）", "3.6（手工填报）",
                "梅林镇坚持以公开为常态、不公开为例外。", "一、本年新收政府信息公开申请数量");

        assertThat(report.press("提交保密审查")).contains("已提交保密审查");
        assertThat(report.status()).isEqualTo("待保密审查");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).count()).isZero();
        String documentPath = report.documentPath();
        new PortalPage(page).open("/console").signOut();

        new LoginPage(page).open().signIn("baomi", PASSWORD);
        page.navigate(documentPath);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审查通过并发布")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("已发布");
        new PortalPage(page).open("/console").signOut();

        // The public: the town's catalogue → 政府信息公开年报 → the report, tables and marks included.
        page.navigate("/disclosure/governments/" + DemoCounty.MEILIN_TOWN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("政府信息公开年报").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE).setExact(true)).click();
        assertThat(page.locator("h1").innerText()).isEqualTo(TITLE);
        assertThat(page.locator("main").innerText()).contains("一、本年新收政府信息公开申请数量", "（七）总计",
                "20（手工填报）", "梅林镇坚持以公开为常态、不公开为例外。", "六、其他需要报告的事项");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        page.navigate("/annual-reports/" + DemoCounty.MEILIN_TOWN + "/2025");
        assertThat(page.locator("h1").innerText()).isEqualTo(TITLE);
        assertThat(page.locator("main").innerText()).contains("申请人情况", "法人或其他组织", "行政复议");
        // Table 四 is the template's one row of 15 figures; each is announced with its whole header path.
        AnnualReportPage print = new AnnualReportPage(page);
        assertThat(print.headersOfFigure("四、政府信息公开行政复议、行政诉讼情况", 0)).containsExactly("行政复议", "结果维持");
        assertThat(print.headersOfFigure("四、政府信息公开行政复议、行政诉讼情况", 13))
                .containsExactly("行政诉讼", "复议后起诉", "尚未审结");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        assertThat(page.request().get("/api/v1/annual-reports/2025?division=" + DemoCounty.MEILIN_TOWN).text())
                .contains(TITLE, "\"handEntered\":true");
    }
}
