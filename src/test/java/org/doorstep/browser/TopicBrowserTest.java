package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.browser.pages.RegisterPage;
import org.doorstep.browser.pages.TopicPages;
import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 点题公开 end to end (issue 5 acceptance): a signed-in citizen proposes a topic on the portal; the office accepts it
 * and issues the feedback notice to 县市场监督管理局; the department answers; the office sends the answer into
 * 回应关切 through confidentiality review; another reviewer publishes it; the proposer sees the published answer.
 */
class TopicBrowserTest extends BrowserTest {

    static final String STAFF_PASSWORD = "Qingxi@2026";
    static final String PASSWORD = "Qingxi2026pass";
    static final String TITLE = "县城停车场收费标准和收费依据";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void aTopicGoesFromTheProposalOnThePortalToAPublishedAnswerInTheConcernNode() {
        String mobile = TestPeople.mobile();
        new RegisterPage(page, sms()).openForPerson().fill("姓名", "张某某").fill("身份证号", TestPeople.residentId())
                .fill("手机号", mobile).fill("密码", PASSWORD).fill("再次输入密码", PASSWORD).submit();
        // registering signs the citizen in (issue 13 item 8)

        TopicPages topic = new TopicPages(page).openProposal();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        topic.choose("向哪级政府点题", "青溪县人民政府").fill("点题标题", TITLE)
                .fill("希望公开的内容", "希望公开县城各公共停车场的收费标准、收费依据和收入去向。").fill("联系人称呼", "张先生")
                .fill("联系电话", mobile).press("提交点题");
        String number = topic.number();
        assertThat(number).matches("DT-\\d{4}-\\d{4}");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.navigate("/my/topics");
        assertThat(topic.main()).contains(number, TITLE, "待受理");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        new PortalPage(page).signOut();

        // The office accepts it and issues the 点题限时反馈通知书: 10 working days on the official calendar.
        new LoginPage(page).open().signIn("gongkai", STAFF_PASSWORD);
        page.navigate("/console/topics");
        assertThat(topic.main()).contains(number, TITLE);
        topic.openConsole(number);
        assertThat(page.content()).doesNotContain(mobile);
        LocalDate today = calendar.today();
        assertThat(topic.choose("承办部门", "青溪县市场监督管理局").fill("反馈期限（工作日）", "10")
                .fill("受理日期", today.toString()).press("受理并发出通知书")).contains("点题限时反馈通知书已发出");
        String due = calendar.due(today, 10).due().toString();
        assertThat(topic.dueDate()).isEqualTo(due);
        assertThat(topic.main()).contains("点题限时反馈通知书", "青溪县市场监督管理局：", "请于 " + due + " 前");
        new PortalPage(page).signOut();

        // The department's reviewer answers.
        new LoginPage(page).open().signIn("bumen", STAFF_PASSWORD);
        page.navigate("/console/topics");
        assertThat(topic.main()).contains(number);
        topic.openConsole(number);
        assertThat(topic.press("提交答复")).contains("请填写答复内容");
        assertThat(topic.fill("答复内容", "县城公共停车场收费执行县发展改革委核定的标准，收费依据和收入去向附后。")
                .fill("答复日期", today.toString()).press("提交答复")).contains("答复已提交");
        new PortalPage(page).signOut();

        // The office turns the answer into a 回应关切 document and submits it to confidentiality review.
        new LoginPage(page).open().signIn("gongkai", STAFF_PASSWORD);
        topic.openConsole(number);
        assertThat(topic.press("转为回应关切文件并提交审查")).contains("提交保密审查");
        assertThat(topic.state()).isEqualTo("答复保密审查中");
        String document = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("保密审查中，查看文件"))
                .getAttribute("href");
        new PortalPage(page).signOut();

        // A reviewer who is not the author approves it in the disclosure console.
        new LoginPage(page).open().signIn("baomi", STAFF_PASSWORD);
        page.navigate("/console/disclosure/review");
        assertThat(topic.main()).contains(TITLE);
        page.navigate(document);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审查通过并发布")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("已发布");
        new PortalPage(page).signOut();

        // The proposer sees the answer (publishing is followed after commit) and opens it in 回应关切.
        new LoginPage(page).open().signIn(mobile, PASSWORD);
        topic.openMine(number);
        for (int i = 0; i < 100 && !topic.state().equals("已在回应关切公开"); i++) {
            page.waitForTimeout(200);
            topic.openMine(number);
        }
        assertThat(topic.state()).isEqualTo("已在回应关切公开");
        assertThat(topic.main()).contains("答复已公开", "部门已答复", "点题已受理", "点题已提交");
        assertThat(page.content()).doesNotContain(mobile);
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看答复：" + TITLE)).click();
        assertThat(topic.main()).contains("关于“" + TITLE + "”的点题答复", "县城公共停车场收费执行县发展改革委核定的标准", "回应关切");

        // Anyone sees it among the answered topics.
        page.navigate("/topics");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看答复：" + TITLE)).count())
                .isEqualTo(1);
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
    }

    @Test
    void badInputOnTheProposalFormGetsChineseMessagesAndStoresNothing() {
        int before = count();
        TopicPages form = new TopicPages(page).openProposal();
        form.fill("点题标题", "停车").fill("联系电话", "12345").press("提交点题");
        assertThat(form.fieldError("divisionCode")).isEqualTo("请选择点题的政府");
        assertThat(form.fieldError("title")).isEqualTo("请用 4 到 100 字概括希望公开的内容");
        assertThat(form.fieldError("content")).contains("请具体说明希望公开哪些信息");
        assertThat(form.fieldError("contactName")).contains("请填写联系人称呼");
        assertThat(form.fieldError("phone")).contains("联系电话应为 11 位手机号或带区号的固定电话");
        assertThat(page.locator("[role=alert]").innerText()).contains("请修改以下内容后再提交");
        assertThat(page.getByLabel("联系电话").inputValue()).isEqualTo("12345");
        assertThat(page.getByLabel("点题标题").inputValue()).isEqualTo("停车");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOfficerLogsAConsultationAndStartsAProactiveDraftFromAHotTopic() {
        new LoginPage(page).open().signIn("gongkai", STAFF_PASSWORD);
        TopicPages desk = new TopicPages(page);
        page.navigate("/console/consultations/new");
        int before = jdbc.sql("SELECT count(*) FROM engagement_consultation").query(Integer.class).single();
        desk.fill("用时（分钟）", "0").press("登记");
        assertThat(desk.fieldError("category")).isEqualTo("请选择咨询类别");
        assertThat(desk.fieldError("question")).contains("请填写咨询的问题");
        assertThat(desk.fieldError("minutes")).contains("用时应为 1 到 600 分钟");
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_consultation").query(Integer.class).single())
                .isEqualTo(before);
        desk.choose("咨询渠道", "咨询热线").choose("咨询类别", "医疗保障").fill("咨询的问题", "医保缴费可以用微信吗")
                .fill("答复", "可以通过税务缴费小程序缴纳。").fill("用时（分钟）", "4").press("登记");
        assertThat(desk.main()).contains("咨询已登记", "医保缴费可以用微信吗");

        // The demo county's questions about 医保缴费 rose in the last month.
        page.navigate("/console/hot-topics");
        assertThat(desk.main()).contains("咨询最多的类别", "医疗保障", "上升的热点", "缴费");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("就“缴费”起草主动公开")).first().click();
        assertThat(desk.main()).contains("关于“缴费”常见问题的解答", "草稿");
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM engagement_topic").query(Integer.class).single();
    }
}
