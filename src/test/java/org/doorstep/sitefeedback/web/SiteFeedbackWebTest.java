package org.doorstep.sitefeedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** 政府网站找错 over HTTP: the footer's link, the anonymous form with its guards, and the office's list. */
@SpringBootTest
class SiteFeedbackWebTest {

    static final TestStaff OFFICE = new TestStaff("t-sfw-office", "县政务公开办", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void edge() {
        // Through the edge filter a browser's request passes, so hostile bytes meet what production has.
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("requestHygiene", FilterRegistrationBean.class).getFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void everyPortalPageLinksTheFormAndTheFormTakesAReportTheOfficeThenHandles() throws Exception {
        assertThat(page(get("/")).getContentAsString()).contains("href=\"/site-feedback\"", "政府网站找错", "12345");
        assertThat(page(get("/site-feedback")).getContentAsString()).contains("问题类型", "问题描述");

        MockHttpServletResponse sent = page(report("13987654321", "页面出错：<script>alert(1)</script>"));
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/site-feedback/sent");

        String list = page(get("/console/site-feedback").with(SignedInRequests.as(OFFICE))).getContentAsString();
        assertThat(list).contains("139****4321", "页面出错：&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("13987654321").doesNotContain("<script>alert(1)");

        long id = jdbc.sql("select max(id) from sitefeedback_report").query(Long.class).single();
        MockHttpServletResponse handled = page(post("/console/site-feedback/" + id + "/handled")
                .param("note", "已修正").with(SignedInRequests.as(OFFICE)).with(csrf()));
        assertThat(handled.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select note from sitefeedback_report where id = ?").param(id).query(String.class).single())
                .isEqualTo("已修正");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        long before = count();
        MockHttpServletResponse r = page(post("/site-feedback").param("kind", "OTHER").param("description", "没有令牌的留言"));
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void badInputAnswersOnTheFormInChineseAndStoresNothing() throws Exception {
        long before = count();
        MockHttpServletResponse empty = page(post("/site-feedback").param("kind", "").param("description", "")
                .with(csrf()));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("请选择问题类型", "请描述发现的问题，5 到 1000 字");

        for (String bad : new String[] {"留言\u0000", "长".repeat(200_000)}) {
            int status = page(post("/site-feedback").param("kind", "OTHER").param("description", bad).with(csrf()))
                    .getStatus();
            assertThat(status).as("%d characters", bad.length()).isBetween(400, 499);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theListIsForTheOfficeOnly() throws Exception {
        assertThat(page(get("/console/site-feedback")).getStatus()).isEqualTo(302);
        TestStaff window = new TestStaff("t-sfw-window", "窗口", "WINDOW_OFFICER", DemoCounty.COUNTY);
        assertThat(page(get("/console/site-feedback").with(SignedInRequests.as(window))).getStatus()).isEqualTo(403);
    }

    private MockHttpServletRequestBuilder report(String contact, String description) {
        return post("/site-feedback").param("kind", "WRONG_TEXT").param("page", "/services")
                .param("description", description).param("contactName", "李女士").param("contact", contact)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr("198.51.100.7");
                    return r;
                });
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private long count() {
        return jdbc.sql("select count(*) from sitefeedback_report").query(Long.class).single();
    }
}
