package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.browser.pages.RegisterPage;
import org.doorstep.browser.pages.RequestApplicationPage;
import org.doorstep.browser.pages.RequestConsolePage;
import org.doorstep.calendar.CalendarDay;
import org.doorstep.calendar.DayKind;
import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.support.MovableClock;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 item 1: an application received on the last day of 2026, before the State Council's 2027 notice. Its
 * 20 working days (条例第三十三条) and the extension (第三十三条第二款) are counted over the holidays that
 * 《全国年节及纪念日放假办法》 itself grants (第二条; 补假 under 第六条) and shown as 暂定 to the applicant and the
 * officer; when an administrator enters the notice, the due date moves, the officers see the move and the
 * applicant is told.
 *
 * <p>The test owns 2027 in the shared database: it sets aside whatever 2027 days and notice are there and puts them
 * back afterwards, so it holds the same whether or not a migration has loaded the real notice.
 */
@Import(MovableClock.Config.class)
class ProvisionalDeadlineBrowserTest extends BrowserTest {

    static final String STAFF_PASSWORD = "Qingxi@2026";
    static final String PASSWORD = "Qingxi2026pass";

    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    private List<CalendarDay> kept2027;
    private String keptSource;

    @BeforeAll
    void setAside2027() {
        kept2027 = calendar.entries(2027);
        keptSource = jdbc.sql("select source from calendar_year where year = 2027").query(String.class).optional()
                .orElse(null);
        jdbc.sql("delete from calendar_year where year = 2027").update();
        kept2027.forEach(d -> calendar.clearDay(d.date()));
        calendar.setDay(new CalendarDay(LocalDate.of(2027, 12, 31), DayKind.HOLIDAY, "占位"));
        calendar.clearDay(LocalDate.of(2027, 12, 31)); // reloads the calendar without 2027's notice
    }

    @AfterAll
    void restore2027() {
        jdbc.sql("delete from calendar_year where year = 2027").update();
        calendar.entries(2027).forEach(d -> calendar.clearDay(d.date()));
        kept2027.forEach(calendar::setDay);
        if (keptSource != null) {
            calendar.publishYear(2027, keptSource);
        }
        clock.set(java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
    }

    @Test
    void aDeadlineAcross2027IsProvisionalUntilTheNoticeIsEnteredAndThenMoves() {
        clock.set("2026-12-31T09:30:00");
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();
        new RegisterPage(page, sms()).openForPerson().fill("姓名", "王某某").fill("身份证号", id).fill("手机号", mobile)
                .fill("密码", PASSWORD).fill("再次输入密码", PASSWORD).submit();
        // registering signs the citizen in (issue 13 item 8)
        RequestApplicationPage form = new RequestApplicationPage(page).open();
        form.choose("申请人类型", "自然人").fill("姓名或单位名称", "王某某").fill("身份证号（自然人填写）", id)
                .fill("联系电话（手机）", mobile).choose("受理机关", "青溪县人民政府")
                .fill("所需信息的描述", "青溪县 2026 年农村公路养护资金的分配结果").choose("获取信息的方式", "电子文档（网上查看）").submit();
        String number = form.number();
        new PortalPage(page).signOut();

        // Received on Thursday 2026-12-31: 元旦 (Friday 2027-01-01) is a holiday under 第二条 even without the notice;
        // 2027-01-04 … 01-29 are the 20 working days.
        new LoginPage(page).open().signIn("gongkai", STAFF_PASSWORD);
        RequestConsolePage desk = new RequestConsolePage(page).open(number);
        assertThat(desk.fill("确认收到日期", "2026-12-31").press("确认收到")).contains("已确认收到");
        assertThat(desk.dueDate()).isEqualTo("2027-01-29");
        assertThat(page.locator("td:has(#due-date) .badge.provisional").innerText()).startsWith("暂定");
        page.navigate("/console/requests");
        assertThat(page.locator("tr:has-text('" + number + "')").innerText()).contains("2027-01-29", "暂定");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        // On 2027-01-20 the office extends by 20 working days. Counted over 春节 as the law alone gives it: 除夕 Friday
        // 02-05 to 初三 Monday 02-08, 补假 for 初一 and 初二 on Tuesday 02-09 and Wednesday 02-10 (第六条):
        // 02-01 … 02-04 (4), 02-11, 02-12 (6), 02-15 … 02-26 (16), 03-01 … 03-04 (20).
        clock.set("2027-01-20T10:00:00");
        desk = new RequestConsolePage(page).open(number);
        assertThat(desk.fill("延长工作日数", "20").fill("批准的机构负责人", "县政府办公室主任").fill("延期理由", "需要调取历年档案")
                .fill("批准日期", "2027-01-20").press("延长并告知申请人")).contains("已延长");
        assertThat(desk.dueDate()).isEqualTo("2027-03-04");
        assertThat(page.locator("td:has(#due-date) .badge.provisional").count()).isEqualTo(1);
        new PortalPage(page).signOut();

        // The applicant sees the provisional date and why it may move, in the extension notice too.
        new LoginPage(page).open().signIn(mobile, PASSWORD);
        page.navigate("/my/requests/" + number);
        String mine = page.locator("main").innerText();
        assertThat(mine).contains("2027-03-04", "暂定", "尚未公布", "全国年节及纪念日放假办法");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        new PortalPage(page).signOut();

        // A county administrator enters the notice: 元旦, 春节 from 02-05 to 02-13 and Sunday 02-14 as a 调休 working
        // day, and confirms 2027. Now 02-01 … 02-04 (4), 02-14 (5), 02-15 … 02-26 (15), 03-01 … 03-05 (20).
        new LoginPage(page).open().signIn("admin", STAFF_PASSWORD);
        page.navigate("/console/calendar?year=2027");
        assertThat(page.locator("#computed-days").innerText()).contains("2027-02-05", "春节", "2027-02-09", "春节补假",
                "推算");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        // A wrong line keeps what was typed and saves nothing.
        page.getByLabel("通知文号或标题").fill("国务院办公厅关于2027年部分节假日安排的通知（测试）");
        page.getByLabel("放假与调休安排").fill("元旦 2027-01-01 放假\n春节 2027-02-05 至 2026-02-13 放假");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("录入通知并确认为正式日历")).click();
        assertThat(page.locator("[role=alert]").innerText()).contains("第 2 行");
        assertThat(page.getByLabel("放假与调休安排").inputValue()).contains("元旦 2027-01-01 放假");
        assertThat(calendar.current().isProvisional(2027)).isTrue();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.getByLabel("放假与调休安排").fill("元旦 2027-01-01 放假\n春节 2027-02-05 至 2027-02-13 放假\n春节 2027-02-14 上班");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("录入通知并确认为正式日历")).click();
        assertThat(page.locator("[role=status]").innerText()).contains("2027 年放假通知已录入（11 天）", "期限随之调整");
        assertThat(page.locator("#computed-days").count()).isZero();
        String moves = page.locator("#clock-moves").innerText();
        assertThat(moves).contains(number, "确认 2027 年正式日历", "2027-03-05");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        new PortalPage(page).signOut();

        new LoginPage(page).open().signIn("gongkai", STAFF_PASSWORD);
        desk = new RequestConsolePage(page).open(number);
        assertThat(desk.dueDate()).isEqualTo("2027-03-05");
        assertThat(page.locator("td:has(#due-date) .badge.provisional").count()).isZero();
        new PortalPage(page).signOut();

        new LoginPage(page).open().signIn(mobile, PASSWORD);
        page.navigate("/my/requests/" + number);
        mine = page.locator("main").innerText();
        assertThat(mine).contains("答复期限调整", "调整为 2027-03-05");
        // One notice, one message: the applicant hears of the move once.
        assertThat(mine.split("答复期限调整", -1)).hasSize(2);
        assertThat(page.locator("main .badge.provisional").count()).isZero();
    }
}
