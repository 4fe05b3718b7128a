package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.doorstep.browser.pages.CasePages;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 acceptance: the 梅林镇 window officer enters a 全县通办 case for an elderly applicant who has no account; the
 * county market regulation department approves it; the applicant's public status page follows every step.
 */
class WindowCaseBrowserTest extends CaseBrowserTest {

    @Test
    void aTownshipWindowEntersACaseForAnElderlyApplicantAndTheCountyDepartmentApprovesIt() {
        clock.set("2026-12-08T09:30");
        String first17 = "36119919400315" + String.format("%03d", (int) (Math.random() * 1000));
        String id = first17 + org.doorstep.accounts.IdentityNumbers.residentIdCheckChar(first17);
        String phone = TestPeople.mobile();

        CasePages window = signIn("chuangkou", DEMO_PASSWORD);
        window.open("/console/cases/new");
        page.getByLabel("办理事项").selectOption("QX-SCJG-002");
        window.press("选择事项");
        assertThat(Accessibility.seriousViolations(page)).as("window entry").isEmpty();

        // A wrong check digit is refused and nothing is stored.
        int before = caseCount();
        window.applicant("PERSON", "张某某", TestPeople.withWrongCheckDigit(id), phone).press("录入并受理");
        assertThat(page.locator("#idNumber-error").innerText()).contains("身份证号不正确");
        assertThat(caseCount()).isEqualTo(before);

        window.applicant("PERSON", "张某某", id, phone);
        page.getByLabel("申请人居民身份证").check();
        page.getByLabel("个体工商户登记（备案）申请书").check();
        page.getByLabel("经营场所使用证明").check();
        window.press("录入并受理");
        String number = window.caseNumber();
        String receiptCode = window.text(".receipt-code");
        assertThat(window.state()).isEqualTo("已受理");
        // The phone and the ID number appear only masked.
        assertThat(page.content()).doesNotContain(id).doesNotContain(phone)
                .contains(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(page.locator(".case-responsible").innerText()).contains("梅林镇便民服务中心综合窗口");
        assertThat(page.locator(".case-due").innerText()).isEqualTo("2026-12-08"); // 即办: due the same day

        Page status = publicPage();
        CasePages applicantView = new CasePages(status);
        applicantView.lookUp(number, id.substring(12));
        assertThat(applicantView.state()).isEqualTo("已受理");
        assertThat(status.locator(".case-timeline").innerText()).contains("窗口录入（帮办代办）", "梅林镇");

        assertThat(Accessibility.seriousViolations(page)).as("console case page").isEmpty();
        window.press("分发至主管部门");
        assertThat(window.state()).isEqualTo("已分发至主管部门");
        applicantView.lookUp(number, receiptCode);
        assertThat(applicantView.state()).isEqualTo("已分发至主管部门");

        CasePages department = signIn("bumen", DEMO_PASSWORD);
        department.open("/console/cases");
        assertThat(page.locator(".case-list").innerText()).contains(number);
        assertThat(Accessibility.seriousViolations(page)).as("console case list").isEmpty();
        department.openConsoleCase(number).press("开始审查");
        applicantView.lookUp(number, id.substring(12));
        assertThat(applicantView.state()).isEqualTo("审查中");

        department.fill("审批意见", "准予登记").press("审批通过");
        applicantView.lookUp(number, id.substring(12));
        assertThat(applicantView.state()).isEqualTo("已准予，待送达");

        department.delivery("窗口领取").press("送达并办结");
        applicantView.lookUp(number, id.substring(12));
        assertThat(applicantView.state()).isEqualTo("已办结");
        assertThat(status.locator(".case-timeline").innerText()).contains("分发至青溪县市场监督管理局", "部门审查",
                "审批通过", "送达：申请人到窗口领取", "办结");
        // 首问负责制: the window officer who received the applicant is still the one responsible.
        assertThat(page.locator(".case-responsible").innerText()).contains("梅林镇便民服务中心综合窗口");

        // Another township's window does not see the case.
        signIn("shiqiao.gongkai", DEMO_PASSWORD).open("/console/cases");
        assertThat(page.locator("main").innerText()).doesNotContain(number);
    }
}
