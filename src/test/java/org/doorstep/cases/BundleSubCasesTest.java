package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.organization.DemoCounty;
import org.doorstep.services.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** 一件事一次办: the bundle page lists and links each sub-case, for the applicant and for staff; parallel handling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleSubCasesTest {

    static final Map<String, String> FACTS = Map.of("address", "青溪县梅林镇梅林街 1 号", "capital", "100", "scope",
            "农产品销售", "employees", "5");
    /** The competent department of each item of 企业开办. */
    static final Map<String, String> DEPARTMENTS = Map.of("QX-SCJG-001", DemoCounty.MARKET_REGULATION,
            "QX-ZWFW-002", DemoCounty.PUBLIC_SECURITY, "QX-ZWFW-003", DemoCounty.TAXATION,
            "QX-RSJ-004", DemoCounty.HUMAN_RESOURCES, "QX-GJJ-003", DemoCounty.HOUSING_FUND);

    @Autowired
    Cases cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    BundleApplication apply(Actor citizen, Instant at) {
        var row = workflow.applyBundle("QX-YJS-QYKB", CasesTest.person(), FACTS, Delivery.ELECTRONIC, List.of(),
                citizen, at);
        return cases.bundleOf(row.number(), citizen.username());
    }

    @Test
    void theApplicantsBundlePageListsAndLinksEachSubCaseWithItsDepartmentStateAndDueDate() throws Exception {
        Actor citizen = Actor.citizen();
        BundleApplication b = apply(citizen, CasesTest.at("2026-12-09T09:00"));
        assertThat(b.subCases()).hasSize(5);
        var page = mvc.perform(get("/my/bundles/" + b.number()).with(authentication(citizen.authentication())))
                .andExpect(status().isOk());
        for (Case s : b.subCases()) {
            page.andExpect(content().string(containsString("href=\"/my/cases/" + s.number() + "\"")))
                    .andExpect(content().string(containsString(s.departmentName())))
                    .andExpect(content().string(containsString(s.state().label())))
                    .andExpect(content().string(containsString(s.state() == CaseState.WAITING ? "前置事项办结后启动"
                            : s.clock().due().toString())));
            // Each sub-case page leads back to its bundle.
            mvc.perform(get("/my/cases/" + s.number()).with(authentication(citizen.authentication())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/my/bundles/" + b.number() + "\"")));
        }
        // The public status check shows the same list without links (they need a sign-in).
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/status")
                        .param("number", b.number()).param("verification", cases.queryCodeOf(b.number(), citizen.username()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(b.subCases().get(0).number())))
                .andExpect(content().string(not(containsString("href=\"/my/cases/"))));
    }

    @Test
    void staffSeeTheBundleAndMayOpenTheSubCasesOfTheirOwnDepartmentOnly() throws Exception {
        Actor citizen = Actor.citizen();
        BundleApplication b = apply(citizen, CasesTest.at("2026-12-09T09:00"));
        Case market = b.subCases().stream().filter(s -> s.itemCode().equals("QX-SCJG-001")).findFirst().orElseThrow();
        Case pension = b.subCases().stream().filter(s -> s.itemCode().equals("QX-GJJ-003")).findFirst().orElseThrow();
        mvc.perform(get("/console/cases/" + market.number()).with(authentication(Actor.market().authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/bundles/" + b.number() + "\"")))
                .andExpect(content().string(containsString("整件办结期限 " + b.clock().due())));
        mvc.perform(get("/console/bundles/" + b.number()).with(authentication(Actor.market().authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/console/cases/" + market.number() + "\"")))
                .andExpect(content().string(containsString(pension.number())))
                .andExpect(content().string(not(containsString("href=\"/console/cases/" + pension.number() + "\""))))
                .andExpect(content().string(containsString(pension.departmentName())))
                .andExpect(content().string(containsString("前置事项办结后启动")))
                .andExpect(content().string(containsString("材料齐全时 0.5 个工作日内办结")))
                .andExpect(content().string(containsString(b.clock().due().toString())))
                .andExpect(content().string(not(containsString(CasesTest.person().idNumber()))));
        // A township window with none of the sub-cases in its scope does not see the bundle.
        mvc.perform(get("/console/bundles/" + b.number())
                        .with(authentication(Actor.window(DemoCounty.SHIQIAO_TOWN).authentication())))
                .andExpect(status().isNotFound());
    }

    @Test
    void enterpriseStartUpIsCompletedWithinHalfAWorkingDayWhenEveryDepartmentActsAtOnce() {
        Actor citizen = Actor.citizen();
        Instant start = CasesTest.at("2026-12-09T09:00");
        BundleApplication b = apply(citizen, start);
        // The licence first, within the hour; then the four departments that waited for it act in the same hour.
        Case licence = b.subCases().stream().filter(s -> s.itemCode().equals("QX-SCJG-001")).findFirst().orElseThrow();
        decide(licence, start.plus(Duration.ofMinutes(15)));
        for (Case s : b.subCases()) {
            if (s != licence) {
                decide(s, start.plus(Duration.ofMinutes(75)));
            }
        }
        BundleApplication done = cases.bundleOf(b.number(), citizen.username());
        assertThat(done.statusLabel()).isEqualTo("已全部办结");
        assertThat(done.elapsedLabel()).isEqualTo("2 小时 15 分钟");
        // 0.5 working days = 4 of the 8 working hours.
        assertThat(done.elapsed(Instant.MAX)).isLessThanOrEqualTo(Duration.ofHours(4));
        assertThat(done.resultNotice()).contains("企业设立登记", "公章刻制备案", "发票申领", "企业职工社会保险登记",
                "单位住房公积金缴存登记");
    }

    void decide(Case s, Instant from) {
        Actor reviewer = Actor.other("DEPARTMENT_REVIEWER", DEPARTMENTS.get(s.itemCode()));
        workflow.accept(s.number(), null, reviewer, from);
        workflow.review(s.number(), null, reviewer, from.plus(Duration.ofMinutes(15)));
        workflow.approve(s.number(), "准予", reviewer, from.plus(Duration.ofMinutes(30)));
        workflow.deliver(s.number(), s.delivery(), null, null, reviewer, from.plus(Duration.ofMinutes(60)));
    }
}
