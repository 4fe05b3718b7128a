package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.doorstep.browser.pages.CasePages;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 acceptance: a firm applies online with one material missing, gets a one-time notice naming it, supplements
 * three working days later, and the department accepts and approves; the paused days are not counted; the result
 * is an electronic certificate verified on its public page.
 */
class CitizenCaseBrowserTest extends CaseBrowserTest {

    @Test
    void appliesWithAMaterialMissingSupplementsAfterTheNoticeAndIsApproved() {
        clock.set("2026-12-07T09:00"); // Monday
        String login = registerFirm("青溪县测试科技有限公司");
        String legalRep = TestPeople.residentId();
        CasePages apply = pages();
        apply.open("/services/items/QX-SCJG-001");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("在线申请").setExact(true)).click();
        page.waitForLoadState();
        assertThat(apply.heading()).contains("企业设立登记");
        assertThat(Accessibility.seriousViolations(page)).as("application form").isEmpty();

        // Bad input first: a wrong check digit and an .exe renamed .pdf are refused in Chinese, nothing is stored.
        int before = caseCount();
        apply.applicant("FIRM", "青溪县测试科技有限公司", TestPeople.withWrongCheckDigit(legalRep), TestPeople.mobile())
                .attach("公司章程", exe).press("提交申请");
        assertThat(apply.alert()).contains("身份证号不正确");
        apply.applicant("FIRM", "青溪县测试科技有限公司", legalRep, TestPeople.mobile()).attach("公司章程", exe)
                .press("提交申请");
        assertThat(apply.alert()).contains("公司章程").contains("文件类型不符合要求");
        assertThat(caseCount()).isEqualTo(before);

        // Every material but 住所使用相关文件.
        apply.applicant("FIRM", "青溪县测试科技有限公司", legalRep, TestPeople.mobile())
                .attach("公司登记（备案）申请书", pdf).attach("公司章程", pdf).attach("股东的主体资格证明", pdf)
                .attach("法定代表人、董事、监事和经理的任职文件", pdf).delivery("电子证照").press("提交申请");
        String number = apply.caseNumber();
        assertThat(number).matches("QX20261207\\d{6}");
        assertThat(apply.state()).isEqualTo("已提交，待受理");
        String queryCode = apply.text(".case-query-code");
        assertThat(Accessibility.seriousViolations(page)).as("case page").isEmpty();

        // The department sends a one-time notice; the missing material is ticked for it.
        CasePages officer = signIn("bumen", DEMO_PASSWORD).openConsoleCase(number);
        assertThat(page.getByLabel("住所使用相关文件", new com.microsoft.playwright.Page.GetByLabelOptions()
                .setExact(true)).isChecked()).isTrue();
        officer.press("发出一次性告知（暂停计时）");
        assertThat(officer.state()).isEqualTo("一次性告知，待补正");
        assertThat(page.locator(".case-responsible").innerText()).contains("县市场监督管理局审核人员");

        // Three working days later the applicant reads the notice and supplements.
        later(Duration.ofDays(3).plusHours(1)); // Thursday 2026-12-10
        CasePages mine = signIn(login, PASSWORD);
        mine.open("/my/cases");
        page.getByText(number).click();
        assertThat(page.locator(".notice-items").innerText()).contains("住所使用相关文件").contains("缺少");
        assertThat(page.locator(".case-paused").innerText()).isEqualTo("3");
        mine.attach("住所使用相关文件", pdf).press("提交补正材料");
        assertThat(page.locator("[role=status]").innerText()).contains("补正材料已提交");
        assertThat(mine.state()).isEqualTo("已提交，待受理");

        // Accepted, reviewed, approved and delivered by the department.
        later(Duration.ofHours(1));
        officer = signIn("bumen", DEMO_PASSWORD).openConsoleCase(number);
        officer.press("受理").press("开始审查").fill("审批意见", "材料齐全，准予登记").press("审批通过");
        assertThat(officer.state()).isEqualTo("已准予，待送达");
        officer.press("送达并办结");
        assertThat(officer.state()).isEqualTo("已办结");

        // The applicant sees the whole way, and the clock: 12-08…12-10 paused, one promised day → due Friday 12-11.
        mine = signIn(login, PASSWORD);
        mine.open("/my/cases/" + number);
        assertThat(mine.state()).isEqualTo("已办结");
        assertThat(page.locator(".case-paused").innerText()).isEqualTo("3");
        assertThat(page.locator(".case-due").innerText()).isEqualTo("2026-12-11");
        assertThat(page.locator(".case-timeline").innerText()).contains("网上提交申请", "一次性告知", "申请人补正材料",
                "受理", "部门审查", "审批通过", "送达：电子证照", "办结");

        // The electronic certificate issued on delivery verifies on its public page (with its QR code).
        assertThat(page.locator(".case-certificates").innerText()).contains("营业执照");
        page.locator(".case-certificates a").first().click();
        page.waitForLoadState();
        assertThat(page.locator("h1").innerText()).isEqualTo("营业执照");
        assertThat(page.locator("#cert-status").innerText()).isEqualTo("有效");
        assertThat(page.locator("main").innerText()).contains("青溪县市场监督管理局");

        // The public status check by number and query code, and a forged number.
        CasePages status = pages().lookUp(number, queryCode);
        assertThat(status.state()).isEqualTo("已办结");
        assertThat(Accessibility.seriousViolations(page)).as("status page").isEmpty();
        status.lookUp("QX20261207999999", queryCode);
        assertThat(status.alert()).contains("未找到与该编号和验证信息相符的办件");
        assertThat(page.locator(".case-status").count()).isZero();
    }
}
