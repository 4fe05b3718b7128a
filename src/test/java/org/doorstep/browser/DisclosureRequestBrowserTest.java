package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.browser.pages.RegisterPage;
import org.doorstep.browser.pages.RequestApplicationPage;
import org.doorstep.browser.pages.RequestConsolePage;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 依申请公开 end to end on the official 2026 calendar: application, supplement on day 3, third-party consultation of
 * 10 working days, one extension, and a 部分公开 reply before the recomputed due date. The office enters the date of
 * each step, so the test fixes every date explicitly.
 */
class DisclosureRequestBrowserTest extends BrowserTest {

    static final String STAFF_PASSWORD = "Qingxi@2026";
    static final String PASSWORD = "Qingxi2026pass";

    @Autowired
    org.doorstep.notifications.Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenRequestsInformationAndGetsAPartialDisclosureBeforeTheRecomputedDueDate() {
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();
        new RegisterPage(page, sms()).openForPerson().fill("姓名", "张某某").fill("身份证号", id).fill("手机号", mobile)
                .fill("密码", PASSWORD).fill("再次输入密码", PASSWORD).submit();
        // registering signs the citizen in (issue 13 item 8)

        RequestApplicationPage form = new RequestApplicationPage(page).open();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        form.choose("申请人类型", "自然人").fill("姓名或单位名称", "张某某").fill("身份证号（自然人填写）", id)
                .fill("联系电话（手机）", mobile).choose("受理机关", "青溪县人民政府")
                .fill("所需信息的描述", "青溪县城区老旧小区改造项目的资金安排").choose("获取信息的方式", "电子文档（网上查看）").submit();
        String number = form.number();
        assertThat(number).matches("YSQ-\\d{4}-\\d{4}");
        new PortalPage(page).signOut();

        // The office confirms receipt on Monday 7 September 2026 and asks for a supplement on working day 3.
        new LoginPage(page).open().signIn("gongkai", STAFF_PASSWORD);
        page.navigate("/console/requests");
        assertThat(page.locator("main").innerText()).contains(number, "待确认收到");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.navigate("/console/requests/new");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        RequestConsolePage desk = new RequestConsolePage(page).open(number);
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        assertThat(desk.fill("确认收到日期", "2026-09-07").press("确认收到")).contains("已确认收到");
        assertThat(desk.dueDate()).isEqualTo("2026-10-10");
        assertThat(desk.fill("需要补正的事项", "请写明所需文件的名称或文号").fill("补正期限（工作日）", "10")
                .fill("补正通知日期", "2026-09-10").press("发出补正通知")).contains("补正通知已发出");
        new PortalPage(page).signOut();

        // The citizen sees the notice and supplements online.
        new LoginPage(page).open().signIn(mobile, PASSWORD);
        page.navigate("/my/requests");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
        assertThat(page.locator("main").innerText()).contains("补正通知", "请写明所需文件的名称或文号", "待补正");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交补正")).click();
        assertThat(page.locator("#text-error").innerText()).contains("请填写补正内容");
        page.getByLabel("补正内容").fill("《青溪县老旧小区改造资金安排的通知》");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交补正")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("补正内容已提交");
        new PortalPage(page).signOut();

        // The office confirms the supplement on Monday 14 September (the 20 days restart), consults a third party
        // from Wednesday 16 September for 10 working days and extends once by 20 working days.
        new LoginPage(page).open().signIn("gongkai", STAFF_PASSWORD);
        desk = new RequestConsolePage(page).open(number);
        assertThat(desk.fill("收到补正日期", "2026-09-14").press("确认收到补正")).contains("重新计算");
        assertThat(desk.fill("征求意见对象", "某某建设有限公司").fill("发出征求意见日期", "2026-09-16")
                .press("开始征求意见")).contains("计时暂停");
        assertThat(desk.fill("收到意见日期", "2026-09-30").press("结束征求意见")).contains("计时恢复");
        assertThat(desk.fill("延长工作日数", "20").fill("批准的机构负责人", "县政府办公室主任").fill("延期理由", "需要调取历年档案")
                .fill("批准日期", "2026-10-12").press("延长并告知申请人")).contains("已延长");
        // Counted from 9-14: 9-15 (1), 9-16 (2); 9-17 … 9-30 paused; National Day 10-1 … 10-7; 10-8 (3), 10-9 (4),
        // Saturday 10-10 is a make-up working day (5); 10-12 … 10-30 (20); 11-2 … 11-27 (40).
        assertThat(desk.dueDate()).isEqualTo("2026-11-27");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        desk.choose("办理结果", "部分公开").fill("答复内容", "现提供资金安排通知（已删除第三方账户信息）。")
                .fill("不予公开的部分（部分公开时填写）", "第三方的银行账户信息")
                .fill("不予公开的理由和依据（部分公开时填写）", "涉及第三方商业秘密，第三方不同意公开（条例第十五条）")
                .fill("答复日期", "2026-11-20");
        assertThat(desk.press("答复并生成告知书")).contains("已答复");
        assertThat(desk.state()).contains("已办结", "部分公开");
        new PortalPage(page).signOut();

        // The citizen reads the reply letter with the remedies; personal data is masked.
        new LoginPage(page).open().signIn(mobile, PASSWORD);
        page.navigate("/my/requests/" + number);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看答复告知书")).click();
        String letter = page.locator("main").innerText();
        assertThat(letter).contains("政府信息公开申请答复告知书", "部分公开", "第三方的银行账户信息", "行政复议", "60 日内",
                "行政诉讼", "6 个月内", "青溪县人民政府", "2026-11-20")
                .contains(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(page.content()).doesNotContain(id).doesNotContain(mobile);
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.navigate("/my/requests/" + number);
        assertThat(page.locator("main").innerText()).contains("申请已受理", "补正通知", "补正已收到", "征求意见", "延期答复告知",
                "答复");
    }

    @Test
    void someoneNotSignedInProvesTheirMobileWithTheSmsCodeAndApplies() {
        String mobile = TestPeople.mobile();
        int before = count();
        RequestApplicationPage form = new RequestApplicationPage(page).open();
        form.choose("申请人类型", "自然人").fill("姓名或单位名称", "李某某").fill("身份证号（自然人填写）", TestPeople.residentId())
                .fill("联系电话（手机）", mobile).choose("受理机关", "青溪县人民政府")
                .fill("所需信息的描述", "青溪县城区公共停车场收费标准的批复文件").choose("获取信息的方式", "纸质文本（邮寄）");
        // without the code nothing is stored and nothing is texted
        form.submit();
        assertThat(form.fieldError("code")).contains("获取验证码");
        assertThat(count()).isEqualTo(before);
        assertThat(sms().sentTo(mobile)).isEmpty();

        assertThat(form.proveMobile(sms())).contains("验证码已发送至 " + mobile.substring(0, 3) + "****");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        form.submit();
        assertThat(form.number()).matches("YSQ-\\d{4}-\\d{4}");
        assertThat(count()).isEqualTo(before + 1);
        outbox.deliverDue();
        assertThat(sms().lastTo(mobile).orElseThrow().text()).contains(form.number()).doesNotContain("停车场");
    }

    @Test
    void badInputOnTheApplicationFormGetsChineseMessagesAndStoresNothing() {
        int before = count();
        RequestApplicationPage form = new RequestApplicationPage(page).open();
        form.fill("身份证号（自然人填写）", TestPeople.withWrongCheckDigit(TestPeople.residentId()))
                .fill("联系电话（手机）", "12345").fill("电子邮箱（可选）", "不是邮箱").submit();
        assertThat(form.fieldError("name")).isEqualTo("请填写姓名（不超过 100 字）");
        assertThat(form.fieldError("idNumber")).contains("身份证号不正确");
        assertThat(form.fieldError("mobile")).contains("手机号应为 11 位");
        assertThat(form.fieldError("email")).contains("电子邮箱格式不正确");
        assertThat(form.fieldError("divisionCode")).isEqualTo("请选择受理机关");
        assertThat(form.fieldError("description")).contains("请描述所需政府信息");
        assertThat(form.fieldError("delivery")).isEqualTo("请选择获取信息的方式");
        assertThat(page.locator("[role=alert]").innerText()).contains("请修改以下内容后再提交");
        assertThat(page.getByLabel("联系电话（手机）").inputValue()).isEqualTo("12345");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        form.choose("申请人类型", "法人或其他组织：商业企业").fill("姓名或单位名称", "某某科技有限公司")
                .fill("统一社会信用代码（法人或其他组织填写）", "91361199MA00000000").submit();
        assertThat(form.fieldError("creditCode")).contains("统一社会信用代码不正确");
        assertThat(form.fieldError("contactName")).contains("请填写经办人姓名");
        assertThat(form.fieldError("idNumber")).isNull();
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM requests_request").query(Integer.class).single();
    }
}
