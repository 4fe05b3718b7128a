package org.doorstep.engagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.doorstep.audit.TestStaff;
import org.doorstep.engagement.TopicRequest;
import org.doorstep.engagement.TopicState;
import org.doorstep.engagement.Topics;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The console pages of 点题公开 and 咨询 over HTTP, on the demo county: who may do what, and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementWebTest {

    static final TestStaff OFFICER = new TestStaff("gongkai-dt", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
    static final TestStaff DEPARTMENT = new TestStaff("bumen-dt", "部门审核人员", "DEPARTMENT_REVIEWER",
            DemoCounty.MARKET_REGULATION);
    static final TestStaff WINDOW = new TestStaff("chuangkou-dt", "窗口人员", "WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);

    @Autowired
    MockMvc mvc;
    @Autowired
    Topics topics;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCountyHasTopicsInEveryStateAndTheOverdueOneIsFlagged() throws Exception {
        java.util.List<org.doorstep.engagement.Topics.Tracked> every = new java.util.ArrayList<>();
        for (int page = 1; page == 1 || every.size() == (page - 1) * org.doorstep.platform.ListPage.SIZE; page++) {
            every.addAll(topics.topics(OFFICER, org.doorstep.engagement.Topics.View.ALL, page).items());
        }
        for (TopicState s : TopicState.values()) {
            assertThat(every).as(s.label()).anyMatch(t -> t.topic().state() == s);
        }
        TopicRequest published = topics.answered().stream().filter(t -> t.title().equals("县城农贸市场食品安全抽检结果"))
                .findFirst().orElseThrow();
        assertThat(published.documentPath()).startsWith("/disclosure/documents/");
        String list = SignedInRequests.page(mvc, get("/console/topics").param("view", "overdue"), OFFICER);
        assertThat(list).contains("个体工商户年报常见问题", "已超期").doesNotContain("县城农贸市场食品安全抽检结果");
        String all = SignedInRequests.page(mvc, get("/console/topics").param("view", "all"), OFFICER);
        assertThat(all).contains("县城农贸市场食品安全抽检结果", "某小区业主个人信息");
        // A department sees only the topics sent to it, and answers there.
        String mine = SignedInRequests.page(mvc, get("/console/topics").param("view", "all"), DEPARTMENT);
        assertThat(mine).contains("个体工商户年报常见问题").doesNotContain("某小区业主个人信息", "共享电动车");
        String publicPage = mvc.perform(get("/topics")).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).contains("县城农贸市场食品安全抽检结果", published.documentPath());
    }

    @Test
    void theHotlineFormKeepsInputAndStoresNothingOnBadInput() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM engagement_topic").query(Integer.class).single();
        String page = SignedInRequests.page(mvc, post("/console/topics/new").with(csrf())
                .param("divisionCode", DemoCounty.COUNTY).param("title", "农村公路养护资金").param("content", "太短")
                .param("contactName", "一位村民").param("phone", "0791").param("on", "2026-02-30"), OFFICER);
        assertThat(page).contains("日期格式应为 年-月-日").contains("农村公路养护资金");
        page = SignedInRequests.page(mvc, post("/console/topics/new").with(csrf())
                .param("divisionCode", DemoCounty.COUNTY).param("title", "农村公路养护资金").param("content", "太短")
                .param("contactName", "一位村民").param("phone", "0791").param("on", "2026-02-03"), OFFICER);
        assertThat(page).contains("请具体说明希望公开哪些信息", "联系电话应为 11 位手机号或带区号的固定电话");
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_topic").query(Integer.class).single()).isEqualTo(before);
        MockHttpServletResponse r = SignedInRequests.call(mvc, get("/console/topics/new"), WINDOW);
        assertThat(r.getStatus()).isEqualTo(403);
    }

    @Test
    void consultationsAndHotTopicsAnswerEveryoneWhoAnswersQuestions() throws Exception {
        String list = SignedInRequests.page(mvc, get("/console/consultations").param("category", "医疗保障"), WINDOW);
        assertThat(list).contains("医保缴费").doesNotContain("<td>住房公积金</td>");
        String hot = SignedInRequests.page(mvc, get("/console/hot-topics").param("from", "2026-13-01"), OFFICER);
        assertThat(hot).contains("请填写开始日期");
        String ok = SignedInRequests.page(mvc, get("/console/hot-topics"), WINDOW);
        assertThat(ok).contains("上升的热点").doesNotContain("起草主动公开");
        MockHttpServletResponse r = SignedInRequests.call(mvc, post("/console/hot-topics/draft").with(csrf())
                .param("kind", "KEYWORD").param("term", "医保").param("from", "2026-01-01").param("to", "2026-12-01"),
                WINDOW);
        assertThat(r.getStatus()).isEqualTo(403);
    }
}
