package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.doorstep.audit.AuditEntry;
import org.doorstep.audit.AuditQuery;
import org.doorstep.audit.AuditTrail;
import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * 条例第四十二条 "可以收取" over the console: the disclosure office charges or waives a proposed fee with a reason, and
 * only a charge sends the applicant a fee notice (国办函〔2020〕109号: 20 working days to pay, not counted in the reply
 * period). Another role that handles requests may not decide.
 */
@SpringBootTest
class FeeDecisionTest {

    static final TestStaff OFFICE = new TestStaff("t-fee-gongkai", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
    static final TestStaff TOWN_OFFICE = new TestStaff("t-fee-meilin", "公开专员", "DISCLOSURE_OFFICER",
            DemoCounty.MEILIN_TOWN);
    static final TestStaff ADMIN = new TestStaff("t-fee-admin", "系统管理员", "SYSTEM_ADMIN", DemoCounty.COUNTY);

    @Autowired
    DisclosureRequests requests;
    @Autowired
    FeeDecisions fees;
    @Autowired
    AuditTrail audit;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    /** A request of 150 pages, proposed at 1,700 元 on Wednesday 2 September 2026. */
    DisclosureRequest proposed() {
        DisclosureRequest r = requests.register(DisclosureRequestsTest.person(TestPeople.residentId(),
                TestPeople.mobile()), Channel.IN_PERSON, LocalDate.of(2026, 9, 1), OFFICE);
        requests.feeByVolume(r.number(), 150, LocalDate.of(2026, 9, 2), OFFICE);
        return r;
    }

    MockHttpServletResponse decide(String number, TestStaff who, String decision, String reason) throws Exception {
        MockHttpServletRequestBuilder post = post("/console/requests/" + number + "/fee-decision").with(csrf())
                .param("decision", decision).param("on", "2026-09-03");
        if (reason != null) {
            post.param("reason", reason);
        }
        return SignedInRequests.call(mvc, post, who);
    }

    List<String> actions(String number) {
        return audit.search(new AuditQuery(null, null, null, "requests.fee", number, null), null, null, 50)
                .entries().stream().map(AuditEntry::action).toList();
    }

    @Test
    void theOfficeChargesWithAReasonAndOnlyThenTheApplicantGetsTheFeeNotice() throws Exception {
        String number = proposed().number();
        String pending = number + "</a>：<span>建议收取 1700 元（2026-09-02 计算）</span>";
        assertThat(SignedInRequests.page(mvc, get("/console/requests"), OFFICE)).contains("收费建议待决定", pending);
        // A township's office does not see the county's proposals.
        assertThat(SignedInRequests.page(mvc, get("/console/requests"), TOWN_OFFICE)).doesNotContain(number);
        String page = SignedInRequests.page(mvc, get("/console/requests/" + number), OFFICE);
        assertThat(page).contains("平台建议收取 1700 元", "待政府信息公开工作机构决定收取或免收", "决定是否收费",
                "<label for=\"fd-reason\">理由</label>");

        // An administrator who may handle requests sees the proposal, has no form, and is refused the decision.
        assertThat(SignedInRequests.page(mvc, get("/console/requests/" + number), ADMIN))
                .contains("平台建议收取 1700 元").doesNotContain("决定是否收费");
        assertThat(decide(number, ADMIN, "CHARGE", "数量明显超过合理范围").getStatus()).isEqualTo(403);

        // Without a reason: the officer is told, nothing is decided and nothing is sent.
        MvcResult refused = mvc.perform(post("/console/requests/" + number + "/fee-decision").with(csrf())
                .param("decision", "CHARGE").param("on", "2026-09-03").with(SignedInRequests.as(OFFICE))).andReturn();
        assertThat(refused.getFlashMap().get("error").toString()).contains("请填写收取信息处理费的理由");
        assertThat(SignedInRequests.page(mvc, get("/console/requests/" + number).flashAttrs(refused.getFlashMap()),
                OFFICE)).contains("role=\"alert\"", "请填写收取信息处理费的理由");
        assertThat(fees.proposal(requests.staffRequest(number, OFFICE)).orElseThrow().pending()).isTrue();
        assertThat(requests.notices(requests.staffRequest(number, OFFICE))).extracting(RequestNotice::title)
                .doesNotContain("收费通知");

        assertThat(decide(number, OFFICE, "CHARGE", "所需信息共 150 页，数量明显超过合理范围").getStatus()).isEqualTo(302);
        DisclosureRequest r = requests.staffRequest(number, OFFICE);
        assertThat(r.state()).isEqualTo(RequestState.AWAITING_FEE);
        assertThat(r.fee().amount()).isEqualTo(1700);
        // 20 working days from Thursday 3 September 2026: 9-4 (1) … 9-18 (11), Sun 9-20 make-up (12), 9-21 … 9-24
        // (16), Mid-Autumn 9-25, 9-28 … 9-30 (19), National Day 10-1 … 10-7, 10-8 (20).
        assertThat(r.fee().due()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(requests.notices(r)).filteredOn(n -> n.title().equals("收费通知")).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("1700 元", "2026-10-08"));
        FeeProposal decided = fees.proposal(r).orElseThrow();
        assertThat(decided.decision()).isEqualTo(FeeDecision.CHARGE);
        assertThat(decided.reason()).isEqualTo("所需信息共 150 页，数量明显超过合理范围");
        assertThat(decided.decidedBy()).isEqualTo("t-fee-gongkai");
        assertThat(actions(number)).containsExactlyInAnyOrder("requests.fee-proposed", "requests.fee-charged",
                "requests.fee-noticed");
        assertThat(SignedInRequests.page(mvc, get("/console/requests"), OFFICE)).doesNotContain(pending);

        // Decided once: a second decision is refused and shown.
        MvcResult again = mvc.perform(post("/console/requests/" + number + "/fee-decision").with(csrf())
                .param("decision", "WAIVE").param("reason", "改为免收").param("on", "2026-09-03")
                .with(SignedInRequests.as(OFFICE))).andReturn();
        assertThat(again.getFlashMap().get("error").toString()).contains("不能再次决定");
        assertThat(requests.staffRequest(number, OFFICE).state()).isEqualTo(RequestState.AWAITING_FEE);
    }

    @Test
    void aWaivedFeeSendsNothingAndKeepsTheReasonOnTheRequest() throws Exception {
        String number = proposed().number();
        assertThat(decide(number, OFFICE, "WAIVE", "申请人系为公益研究申请，决定免收").getStatus()).isEqualTo(302);
        DisclosureRequest r = requests.staffRequest(number, OFFICE);
        assertThat(r.state()).isEqualTo(RequestState.PROCESSING);
        assertThat(r.fee()).isNull();
        assertThat(requests.clockStatus(r).orElseThrow().paused()).isFalse();
        assertThat(requests.notices(r)).extracting(RequestNotice::title).doesNotContain("收费通知");
        assertThat(actions(number)).containsExactlyInAnyOrder("requests.fee-proposed", "requests.fee-waived");
        assertThat(SignedInRequests.page(mvc, get("/console/requests/" + number), OFFICE))
                .contains("决定免收；理由：申请人系为公益研究申请，决定免收").doesNotContain("决定是否收费");
    }
}
