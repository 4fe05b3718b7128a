package org.doorstep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.doorstep.audit.TestStaff;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 13 item 11: a console page shows an action only to an account that may take it. For each page, a role
 * without the permission sees no control and is refused (403) when it posts anyway; a role with it sees the control.
 */
@SpringBootTest
class ConsoleControlsTest {

    static final String TOWN = DemoCounty.MEILIN_TOWN;

    static final TestStaff COUNTY_ADMIN = new TestStaff("t-cc-admin", "系统管理员", "SYSTEM_ADMIN", DemoCounty.COUNTY);
    static final TestStaff COUNTY_OFFICER = new TestStaff("t-cc-county-officer", "公开专员", "DISCLOSURE_OFFICER",
            DemoCounty.COUNTY);
    static final TestStaff OFFICER = new TestStaff("t-cc-officer", "公开专员", "DISCLOSURE_OFFICER", TOWN);
    static final TestStaff REVIEWER = new TestStaff("t-cc-reviewer", "保密审查员", "CONFIDENTIALITY_REVIEWER", TOWN);
    static final TestStaff SUPERVISOR = new TestStaff("t-cc-supervisor", "督查人员", "SUPERVISOR", DemoCounty.COUNTY);

    @Autowired
    WebApplicationContext context;
    @Autowired
    Disclosure disclosure;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
    }

    @Test
    void theHolidayCalendarsDeleteAndSaveAreForThoseWhoMayEditIt() throws Exception {
        String officer = page("/console/calendar", COUNTY_OFFICER);
        assertThat(officer).contains("节假日").doesNotContain("/console/calendar/days/clear", "/console/calendar/days\"",
                "/console/calendar/notice", "/console/calendar/years", ">删除<", ">保存<");
        assertThat(status(post("/console/calendar/days").param("date", "2030-04-02").param("kind", "HOLIDAY")
                .param("name", "测试"), COUNTY_OFFICER)).isEqualTo(403);

        assertThat(page("/console/calendar", COUNTY_ADMIN)).contains("/console/calendar/days/clear",
                "/console/calendar/notice", ">删除<", ">保存<");
    }

    @Test
    void theCatalogueIsChangedOnlyByThoseWhoMayEditIt() throws Exception {
        String reviewer = page("/console/disclosure/catalogue", REVIEWER);
        assertThat(reviewer).contains("导出目录").doesNotContain("导入目录", "新增栏目",
                "/console/disclosure/catalogue/import", "action=\"/console/disclosure/catalogue/nodes\"");
        assertThat(status(post("/console/disclosure/catalogue/nodes").param("division", TOWN).param("name", "测试栏目")
                .param("reason", "测试"), REVIEWER)).isEqualTo(403);
        assertThat(page("/console/disclosure/catalogue", OFFICER)).contains("导入目录", "新增栏目",
                "/console/disclosure/catalogue/import", "action=\"/console/disclosure/catalogue/nodes\"");

        CatalogueNode node = disclosure.catalogue(TOWN).stream().filter(n -> !n.fixed()).findFirst().orElseThrow();
        String path = "/console/disclosure/catalogue/nodes/" + node.id();
        String readOnly = page(path, REVIEWER);
        assertThat(readOnly).contains(node.name(), "<fieldset disabled=\"disabled\">")
                .doesNotContain(">保存<", ">删除栏目<", path + "/remove");
        assertThat(status(post(path + "/remove").param("reason", "测试"), REVIEWER)).isEqualTo(403);
        assertThat(page(path, OFFICER)).contains(">保存<", ">删除栏目<", path + "/remove")
                .doesNotContain("<fieldset disabled");
    }

    @Test
    void draftingIsOfferedOnlyToThoseWhoMayDraft() throws Exception {
        assertThat(page("/console/disclosure", REVIEWER)).contains("保密审查").doesNotContain("/console/disclosure/new",
                "起草文件");
        assertThat(status(get("/console/disclosure/new"), REVIEWER)).isEqualTo(403);
        assertThat(page("/console/disclosure", OFFICER)).contains("/console/disclosure/new", "起草文件");
    }

    @Test
    void registeringRequestsAndConsultationsIsOfferedOnlyToThoseWhoMayRegister() throws Exception {
        assertThat(page("/console/requests", SUPERVISOR)).doesNotContain("/console/requests/new");
        assertThat(status(get("/console/requests/new"), SUPERVISOR)).isEqualTo(403);
        assertThat(page("/console/requests", OFFICER)).contains("/console/requests/new");

        assertThat(page("/console/consultations", SUPERVISOR)).doesNotContain("/console/consultations/new");
        assertThat(status(post("/console/consultations/new").param("question", "测试"), SUPERVISOR)).isEqualTo(403);
        assertThat(page("/console/consultations", OFFICER)).contains("/console/consultations/new");
    }

    private String page(String path, TestStaff who) throws Exception {
        return SignedInRequests.page(mvc, get(path), who);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            TestStaff who) throws Exception {
        return SignedInRequests.call(mvc, request.with(csrf()), who).getStatus();
    }
}
