package org.doorstep.sitefeedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;

/** 政府网站找错 on its own: a visitor reports, the county's disclosure office lists and handles the report. */
// On the CI's shared PostgreSQL server the whole application has migrated the schema before this module boots with
// only its own and its dependencies' migrations: those it does not know are expected there, not an error.
@org.springframework.test.context.TestPropertySource(properties = "spring.flyway.ignore-migration-patterns=*:missing")
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class SiteFeedbackModuleTest {

    static final TestStaff OFFICE = new TestStaff("t-sf-office", "县政务公开办", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
    static final TestStaff TOWN_OFFICE = new TestStaff("t-sf-town", "梅林镇公开专员", "DISCLOSURE_OFFICER",
            DemoCounty.MEILIN_TOWN);
    static final TestStaff WINDOW = new TestStaff("t-sf-window", "窗口", "WINDOW_OFFICER", DemoCounty.COUNTY);

    /** Each test sends from addresses of its own, so that one test's reports never count against another's. */
    private static final AtomicInteger CLIENT = new AtomicInteger(1);

    @Autowired
    SiteFeedback feedback;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportReachesTheOfficeNewestFirstWithItsContactMaskedAndSealed() {
        long older = feedback.submit(new FeedbackForm("BROKEN_LINK", "/services", "办事指南页的链接打不开", "张先生",
                "13812345678"), client());
        long newer = feedback.submit(new FeedbackForm("WRONG_TEXT", "", "首页有一个错别字“政务公干”", "",
                "someone@example.cn"), client());

        var page = feedback.reports(OFFICE, true, 1);
        assertThat(page.items()).extracting(Feedback::id).containsSubsequence(newer, older);
        Feedback first = page.items().stream().filter(f -> f.id() == older).findFirst().orElseThrow();
        assertThat(first.kind()).isEqualTo(FeedbackKind.BROKEN_LINK);
        assertThat(first.maskedContact()).isEqualTo("138****5678");
        assertThat(page.items().stream().filter(f -> f.id() == newer).findFirst().orElseThrow().maskedContact())
                .isEqualTo("s***@example.cn");
        // The table holds a seal, never the number.
        assertThat(jdbc.sql("select contact from sitefeedback_report where id = ?").param(older).query(String.class)
                .single()).doesNotContain("13812345678").doesNotContain("5678");
    }

    @Test
    void theOfficeMarksAReportHandledOnceWithANote() {
        long id = feedback.submit(new FeedbackForm("OUTDATED", "政策解读", "政策解读栏目三个月没有更新", "", ""), client());

        assertThatThrownBy(() -> feedback.markHandled(id, " ", OFFICE)).isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).errors()).containsKey("note"));
        feedback.markHandled(id, "已通知栏目责任部门更新", OFFICE);

        assertThat(feedback.reports(OFFICE, true, 1).items()).extracting(Feedback::id).doesNotContain(id);
        Feedback handled = feedback.reports(OFFICE, false, 1).items().stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow();
        assertThat(handled.handled()).isTrue();
        assertThat(handled.note()).isEqualTo("已通知栏目责任部门更新");
        assertThat(handled.handledBy()).isEqualTo("县政务公开办");
        assertThatThrownBy(() -> feedback.markHandled(id, "再次处理", OFFICE)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> feedback.markHandled(Long.MAX_VALUE, "无此留言", OFFICE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheCountysDisclosureOfficeSeesTheReports() {
        assertThatThrownBy(() -> feedback.reports(WINDOW, true, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.reports(TOWN_OFFICE, true, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.markHandled(1, "越权处理", WINDOW)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReportOutOfBoundsIsRefusedFieldByFieldInChinese() {
        assertThatThrownBy(() -> feedback.submit(new FeedbackForm("NO_SUCH", "x".repeat(301), "短", "名".repeat(31),
                "not a contact"), client()))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors())
                        .containsEntry("kind", "请选择问题类型")
                        .containsEntry("page", "页面地址或名称不能超过 300 字")
                        .containsEntry("description", "请描述发现的问题，5 到 1000 字")
                        .containsEntry("contactName", "称呼不能超过 30 字")
                        .containsEntry("contact", "请填写正确的电话号码或电子邮箱，也可以不填"));
        assertThatThrownBy(() -> feedback.submit(new FeedbackForm("OTHER", "", "长".repeat(1001), "", ""), client()))
                .isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void oneClientMaySendTenReportsAnHour() {
        PortalSubmitter same = client();
        for (int i = 0; i < 10; i++) {
            feedback.submit(new FeedbackForm("OTHER", "", "第 " + i + " 条找错留言", "", ""), same);
        }
        assertThatThrownBy(() -> feedback.submit(new FeedbackForm("OTHER", "", "第 11 条找错留言", "", ""), same))
                .isInstanceOf(TooManyRequestsException.class);
    }

    private static PortalSubmitter client() {
        return PortalSubmitter.anonymous("203.0.113." + CLIENT.getAndIncrement(), null);
    }
}
