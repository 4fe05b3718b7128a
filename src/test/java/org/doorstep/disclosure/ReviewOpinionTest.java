package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.doorstep.audit.AuditEntry;
import org.doorstep.audit.AuditQuery;
import org.doorstep.audit.AuditTrail;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 13 item 12: a 保密审查 reviewer records an opinion when approving (optional) and when returning (required);
 * staff read it in the document's review history and the audit trail, the public never does.
 */
@SpringBootTest
class ReviewOpinionTest {

    static final String TOWN = DemoCounty.MEILIN_TOWN;

    @Autowired
    Disclosure disclosure;
    @Autowired
    AuditTrail audit;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    Officer officer;
    Officer reviewer;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        officer = Officer.officer(TOWN);
        reviewer = Officer.reviewer(TOWN);
    }

    @Test
    void aReturnNeedsAnOpinionAndTheFormKeepsWhatWasTyped() throws Exception {
        GovDocument d = submitted("关于村级公益事业一事一议的通知");
        assertThatThrownBy(() -> disclosure.returnForChanges(d.id(), "  ", reviewer))
                .isInstanceOf(InvalidInputException.class).hasMessage("退回修改时请填写审查意见");

        MockHttpServletResponse blank = SignedInRequests.call(mvc,
                post("/console/disclosure/documents/" + d.id() + "/return").param("opinion", " ").with(csrf()), reviewer);
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("退回修改时请填写审查意见", "aria-invalid=\"true\"");

        String tooLong = "意".repeat(Disclosure.MAX_OPINION_CHARS + 1);
        MockHttpServletResponse longOne = SignedInRequests.call(mvc,
                post("/console/disclosure/documents/" + d.id() + "/approve").param("opinion", tooLong).with(csrf()),
                reviewer);
        assertThat(longOne.getStatus()).isEqualTo(400);
        assertThat(longOne.getContentAsString()).contains("审查意见不超过 1000 字", tooLong);
        assertThat(disclosure.staffDocument(d.id(), reviewer).state()).isEqualTo(DocumentState.SUBMITTED);
        assertThat(disclosure.reviews(d.id())).isEmpty();
    }

    @Test
    void bothDecisionsAreKeptWithTheirOpinionsShownToStaffAndAuditedButNeverPublic() throws Exception {
        GovDocument d = submitted("关于2026年农村危房改造补助对象的公示");
        String returnOpinion = "第三户的身份证号未隐去，请按第十五条处理<script>x()</script>";
        SignedInRequests.call(mvc, post("/console/disclosure/documents/" + d.id() + "/return")
                .param("opinion", returnOpinion).with(csrf()), reviewer);
        assertThat(disclosure.staffDocument(d.id(), officer).returnReason()).isEqualTo(returnOpinion);

        disclosure.update(d.id(), draft(d.title()), officer);
        disclosure.submit(d.id(), officer);
        String approveOpinion = "已隐去个人信息，同意公开";
        MockHttpServletResponse approved = SignedInRequests.call(mvc, post("/console/disclosure/documents/" + d.id()
                + "/approve").param("opinion", approveOpinion).with(csrf()), reviewer);
        assertThat(approved.getStatus()).isEqualTo(302);

        List<ReviewDecision> history = disclosure.reviews(d.id());
        assertThat(history).extracting(ReviewDecision::verdict, ReviewDecision::opinion, ReviewDecision::reviewer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewDecision.Verdict.RETURNED, returnOpinion,
                                reviewer.username()),
                        org.assertj.core.groups.Tuple.tuple(ReviewDecision.Verdict.APPROVED, approveOpinion,
                                reviewer.username()));

        String console = SignedInRequests.page(mvc, get("/console/disclosure/documents/" + d.id()), officer);
        assertThat(console).contains("保密审查记录", "退回修改", "审查通过", approveOpinion,
                "第三户的身份证号未隐去，请按第十五条处理&lt;script&gt;x()&lt;/script&gt;").doesNotContain("<script>x()");

        String portal = mvc.perform(get(d.path())).andReturn().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(portal).contains(d.title()).doesNotContain(approveOpinion, "身份证号未隐去", "保密审查记录");
        String api = mvc.perform(get("/api/v1/disclosure/documents/" + d.id())).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api).contains(d.indexNumber()).doesNotContain(approveOpinion, "身份证号未隐去");

        audit.chainPending();
        List<AuditEntry> entries = audit.search(new AuditQuery(null, null, null, "disclosure.document.",
                d.indexNumber(), null), null, null, AuditTrail.MAX_PAGE_SIZE).entries();
        assertThat(entries).filteredOn(e -> e.action().equals("disclosure.document.returned")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("RETURNED", "请按第十五条处理"));
        assertThat(entries).filteredOn(e -> e.action().equals("disclosure.document.approved")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("PUBLISHED", approveOpinion));
    }

    @Test
    void anApprovalWithoutAnOpinionIsRecordedAsSuch() throws Exception {
        GovDocument d = submitted("关于春季森林防火的通告");
        disclosure.approve(d.id(), reviewer);
        assertThat(disclosure.reviews(d.id())).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(ReviewDecision.Verdict.APPROVED);
            assertThat(r.opinion()).isEmpty();
            assertThat(r.version()).isEqualTo(1);
        });
        assertThat(SignedInRequests.page(mvc, get("/console/disclosure/documents/" + d.id()), reviewer))
                .contains("保密审查记录", "（未填写）");
    }

    private GovDocument submitted(String title) {
        GovDocument d = disclosure.create(draft(title + System.nanoTime()), officer);
        disclosure.submit(d.id(), officer);
        return d;
    }

    private DocumentDraft draft(String title) {
        long node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容")).findFirst()
                .orElseThrow().id();
        return new DocumentDraft(title, null, TOWN, LocalDate.of(2026, 3, 2), null, null, "综合政务", "通知", "公示",
                "<p>正文</p>", List.of(node), null, null, "");
    }
}
