package org.doorstep.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.AnnualReports;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The console pages of the annual report over HTTP: who sees which report, bad input, the export and print view. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportsConsoleTest {

    static final TestStaff COUNTY_OFFICER = new TestStaff("t-rptw-gongkai", "公开专员", "DISCLOSURE_OFFICER",
            DemoCounty.COUNTY);
    static final TestStaff TOWN_OFFICER = new TestStaff("t-rptw-shiqiao", "公开专员", "DISCLOSURE_OFFICER",
            DemoCounty.SHIQIAO_TOWN);
    static final TestStaff WINDOW = new TestStaff("t-rptw-ck", "窗口人员", "WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);

    @Autowired
    MockMvc mvc;
    @Autowired
    AnnualReports reports;

    @Test
    void officersSeeTheirGovernmentsReportsOnlyAndOthersAreTurnedAway() throws Exception {
        AnnualReport county = reports.published(DemoCounty.COUNTY, 2025);
        String list = SignedInRequests.page(mvc, get("/console/reports"), COUNTY_OFFICER);
        assertThat(list).contains("青溪县人民政府2025年政府信息公开工作年度报告", "已发布", "编制青溪县人民政府年度报告");
        String page = SignedInRequests.page(mvc, get("/console/reports/" + county.id()), COUNTY_OFFICER);
        assertThat(page).contains("已发布", "每列均满足").doesNotContain("保存草稿");

        assertThat(SignedInRequests.page(mvc, get("/console/reports"), TOWN_OFFICER))
                .doesNotContain("青溪县人民政府2025年政府信息公开工作年度报告");
        assertThat(SignedInRequests.call(mvc, get("/console/reports/" + county.id()), TOWN_OFFICER).getStatus())
                .isEqualTo(404);
        assertThat(SignedInRequests.call(mvc, get("/console/reports"), WINDOW).getStatus()).isEqualTo(403);
        // A published report cannot be changed any more, not even by its own government's officer.
        MockHttpServletResponse save = SignedInRequests.call(mvc, post("/console/reports/" + county.id()).with(csrf())
                .param("OVERVIEW", "改写"), COUNTY_OFFICER);
        assertThat(save.getStatus()).isEqualTo(302);
        assertThat(reports.report(county.id(), COUNTY_OFFICER).text(org.doorstep.reporting.NarrativeSection.OVERVIEW))
                .isNotEqualTo("改写");
    }

    @Test
    void eachGovernmentSeesItsOwnPublicationDeadline() throws Exception {
        // The county's 2025 report was due on 31 March 2026 (条例第四十九条) and is published: no late flag.
        String county = SignedInRequests.page(mvc, get("/console/reports"), COUNTY_OFFICER);
        assertThat(county).contains("2026-03-31", "条例第四十九条：县级以上地方人民政府于每年 3 月 31 日前公布")
                .doesNotContain("已逾期未公布");
        int lastYear = reports.today().getYear() - 1;
        // A township: the county's rule (01-31 unless DOORSTEP_REPORTING_TOWNSHIP_DEADLINE says otherwise).
        assertThat(SignedInRequests.page(mvc, get("/console/reports"), TOWN_OFFICER)).contains(
                lastYear + " 年度报告应于 " + (lastYear + 1) + "-01-31 前公布（条例第四十九条未规定乡镇（街道）的期限");
    }

    @Test
    void aBadYearIsNamedOnTheFormAndNothingIsCreated() throws Exception {
        int before = reports.reports(TOWN_OFFICER).size();
        for (String year : new String[] {"二〇二五", "1999", ""}) {
            MockHttpServletResponse r = SignedInRequests.call(mvc, post("/console/reports").with(csrf())
                    .param("year", year), TOWN_OFFICER);
            assertThat(r.getStatus()).as(year).isEqualTo(200);
            assertThat(r.getContentAsString()).as(year).containsPattern("报告年度(应|应为|应在)|请填写报告年度");
        }
        assertThat(reports.reports(TOWN_OFFICER)).hasSize(before);
    }

    @Test
    void theExportIsAWorkbookAndThePrintViewShowsTheTables() throws Exception {
        AnnualReport county = reports.published(DemoCounty.COUNTY, 2025);
        MockHttpServletResponse xlsx = SignedInRequests.call(mvc,
                get("/console/reports/" + county.id() + "/export.xlsx"), COUNTY_OFFICER);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
        String print = SignedInRequests.page(mvc, get("/console/reports/" + county.id() + "/print"), COUNTY_OFFICER);
        assertThat(print).contains("一、本年新收政府信息公开申请数量", "（手工填报）", "window.print()");
        MockHttpServletResponse publicXlsx = mvc.perform(get("/annual-reports/" + DemoCounty.COUNTY + "/2025/export.xlsx"))
                .andReturn().getResponse();
        assertThat(publicXlsx.getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/annual-reports/" + DemoCounty.SHIQIAO_TOWN + "/2025")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }
}
