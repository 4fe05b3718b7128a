package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.NewStaffAccount;
import org.doorstep.accounts.Role;
import org.doorstep.browser.pages.CasePages;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 4 acceptance: the 企业开办 bundle is applied for once; its five sub-cases go to four departments, which act at
 * the same time; the applicant sees one status and gets one result notice, within 0.5 working days.
 */
class BundleCaseBrowserTest extends CaseBrowserTest {

    static final String STAFF_PASSWORD = "Reviewer@2026x";

    @Autowired
    Accounts accounts;

    /** A reviewer per department of the bundle (bumen of 市场监管局 is a demo account). */
    final Map<String, String> reviewers = new java.util.LinkedHashMap<>();

    @BeforeAll
    void reviewers() {
        reviewers.put("QX-SCJG-001", "bumen");
        reviewers.put("QX-ZWFW-002", reviewer(DemoCounty.PUBLIC_SECURITY, "公安局审核人员"));
        reviewers.put("QX-ZWFW-003", reviewer(DemoCounty.TAXATION, "税务局审核人员"));
        reviewers.put("QX-RSJ-004", reviewer(DemoCounty.HUMAN_RESOURCES, "人社局审核人员"));
        reviewers.put("QX-GJJ-003", reviewer(DemoCounty.HOUSING_FUND, "公积金中心审核人员"));
    }

    private String reviewer(String unit, String name) {
        String username = "t-rev-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaff(new NewStaffAccount(username, name, Set.of(Role.DEPARTMENT_REVIEWER), unit,
                STAFF_PASSWORD));
        return username;
    }

    @Test
    void enterpriseStartUpIsAppliedForOnceAndFiveSubCasesEndInOneResult() {
        clock.set("2026-12-09T09:00"); // Wednesday
        String login = registerFirm("青溪县一件事测试有限公司");
        CasePages form = pages();
        form.open("/my/cases");
        page.getByText("申请 企业开办“一件事”").click();
        page.waitForLoadState();
        assertThat(Accessibility.seriousViolations(page)).as("bundle form").isEmpty();
        // Each shared fact and each shared material is asked once; the licence the bundle issues is not asked at all.
        assertThat(page.getByLabel("公司章程", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .count()).isEqualTo(1);
        assertThat(page.getByLabel("营业执照", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .count()).isZero();
        form.applicant("FIRM", "青溪县一件事测试有限公司", TestPeople.residentId(), TestPeople.mobile())
                .fill("住所（经营场所）", "青溪县梅林镇梅林街 1 号").fill("注册资本（万元）", "100")
                .fill("经营范围", "农产品销售").fill("参保职工人数", "5")
                .attachEverywhere(pdf).delivery("电子证照").press("一次提交");
        String bundleNumber = form.caseNumber();
        assertThat(bundleNumber).startsWith("YJ20261209");
        assertThat(page.locator(".bundle-status").innerText())
                .isEqualTo("办理中（已办结 0 / 5 项，4 项待前置事项办结后启动）");
        assertThat(page.locator(".bundle-promise").innerText()).isEqualTo("材料齐全时 0.5 个工作日内办结");
        assertThat(page.locator(".bundle-due").innerText()).isEqualTo("2026-12-10"); // 0.5 counted as 1 working day
        List<String> subCases = page.locator(".sub-number").allInnerTexts();
        assertThat(subCases).hasSize(5);
        assertThat(Accessibility.seriousViolations(page)).as("bundle page").isEmpty();

        // 设立登记 first; the four that waited for the licence start with it, shared from the certificate library.
        int i = 0;
        for (Map.Entry<String, String> r : reviewers.entrySet()) {
            String number = subCases.get(i++);
            later(Duration.ofMinutes(20));
            String user = r.getValue();
            CasePages officer = signIn(user, "bumen".equals(user) ? DEMO_PASSWORD : STAFF_PASSWORD);
            officer.openConsoleCase(number);
            assertThat(page.locator("h1").innerText()).isNotBlank();
            if (!r.getKey().equals("QX-SCJG-001")) {
                assertThat(page.locator("main").innerText()).contains("电子证照共享：营业执照");
            }
            officer.press("受理").press("开始审查").press("审批通过").press("送达并办结");
            assertThat(officer.state()).as(r.getKey()).isEqualTo("已办结");
        }

        // Staff see the whole application and open the sub-cases of their own department from it.
        CasePages staff = signIn("bumen", DEMO_PASSWORD);
        staff.open("/console/bundles/" + bundleNumber);
        assertThat(page.locator(".sub-number").allInnerTexts()).containsExactlyElementsOf(subCases);
        assertThat(page.locator(".sub-number a").count()).isEqualTo(1);
        assertThat(Accessibility.seriousViolations(page)).as("console bundle page").isEmpty();
        page.locator(".sub-number a").first().click();
        page.waitForLoadState();
        assertThat(page.locator("h1").innerText()).isEqualTo("企业设立登记（有限责任公司）");

        CasePages mine = signIn(login, PASSWORD);
        mine.open("/my/bundles/" + bundleNumber);
        assertThat(page.locator(".bundle-status").innerText()).isEqualTo("已全部办结");
        // Each sub-case links to its own page with its department, state and due date.
        assertThat(page.locator(".sub-number a").count()).isEqualTo(5);
        page.locator(".sub-number a").nth(4).click();
        page.waitForLoadState();
        assertThat(mine.state()).isEqualTo("已办结");
        assertThat(page.locator(".case-bundle").innerText()).isEqualTo(bundleNumber);
        mine.open("/my/bundles/" + bundleNumber);
        assertThat(page.locator(".result-notice").count()).isEqualTo(1);
        assertThat(page.locator(".result-notice").innerText()).contains("企业开办", "企业设立登记", "公章刻制备案",
                "发票申领", "企业职工社会保险登记", "单位住房公积金缴存登记");
        // 0.5 working days = 4 working hours: the licence, then the four others, took 1 hour 40 minutes.
        assertThat(page.locator(".bundle-elapsed").innerText()).isEqualTo("1 小时 40 分钟");
        assertThat(jdbc.sql("select completed_at - submitted_at <= interval '4 hours' from cases_bundle_application "
                + "where number = ?").param(bundleNumber).query(Boolean.class).single()).isTrue();

        // One status for the whole application on the public page too.
        String code = mine.text(".case-query-code");
        mine.lookUp(bundleNumber, code);
        assertThat(page.locator(".bundle-status").innerText()).isEqualTo("已全部办结");
    }
}
