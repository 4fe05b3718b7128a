package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.services.Delivery;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The case workflow, its clock, its scope and its edges against the shared application and database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CasesTest {

    @Autowired
    Accounts accounts;
    @Autowired
    IdentityVerification verification;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** A Windows executable's first bytes. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

    @Autowired
    Cases cases;
    @Autowired
    Certificates certificates;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    static ApplicantDetails person() {
        return new ApplicantDetails("PERSON", "张某某", TestPeople.residentId(), TestPeople.mobile());
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    int caseCount() {
        return jdbc.sql("select count(*) from cases_case").query(Integer.class).single();
    }

    @Test
    void aCaseDueAcrossNationalDay2026CountsTheMakeUpSaturdayAndSkipsTheHoliday() throws Exception {
        Actor citizen = Actor.citizen();
        // 食品经营许可: promised 5 working days. From Tuesday 2026-09-29: 9-30, (10-1…10-7 holiday), 10-8, 10-9,
        // the make-up working Saturday 10-10, then Monday 10-12.
        var row = workflow.apply("QX-SCJG-003", person(), Delivery.WINDOW, List.of(), null, citizen,
                at("2026-09-29T10:00"));
        Case c = cases.caseOf(row.number(), citizen.username());
        assertThat(c.clock().due()).isEqualTo(LocalDate.parse("2026-10-12"));
        assertThat(c.clock().overdue()).isTrue();
        assertThat(c.number()).matches("QX20260929\\d{6}");
        // The applicant's page and the officer's page show that due date, and the officer's flags it overdue.
        mvc.perform(get("/my/cases/" + c.number()).with(authentication(citizen.authentication())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<span class=\"case-due\">2026-10-12</span>")));
        mvc.perform(get("/console/cases/" + c.number()).with(authentication(Actor.market().authentication())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<span class=\"case-due\">2026-10-12</span>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已超期")));
    }

    @Test
    void anOverdueCaseIsFlaggedFirstInTheDepartmentsList() throws Exception {
        Actor citizen = Actor.citizen();
        var row = workflow.apply("QX-SCJG-005", person(), Delivery.POST, List.of(), null, citizen,
                at("2026-11-10T09:00"));
        workflow.accept(row.number(), null, Actor.market(), at("2026-11-10T10:00"));
        List<CaseSummary> list = cases.list(Actor.market(), null, 1, null).cases();
        CaseSummary flagged = list.stream().filter(c -> c.number().equals(row.number())).findFirst().orElseThrow();
        assertThat(flagged.urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(flagged.due()).isEqualTo(LocalDate.parse("2026-11-11"));
        assertThat(list.get(0).urgency()).isEqualTo(Urgency.OVERDUE);
        mvc.perform(get("/console/cases").param("filter", "overdue").with(authentication(Actor.market().authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(row.number())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已超期")));
    }

    @Test
    void aOneTimeNoticePausesTheClockUntilTheSupplementAndThePausedDaysAreNotCounted() {
        Actor citizen = Actor.citizen();
        // 企业变更登记, promised 1 working day, applied on Monday 2026-11-16.
        var row = workflow.apply("QX-SCJG-005", person(), Delivery.POST, List.of(), null, citizen,
                at("2026-11-16T09:00"));
        workflow.notice(row.number(), List.of(new OneTimeNotice.NoticeItem("公司变更登记申请书", "缺少"),
                new OneTimeNotice.NoticeItem("营业执照正副本", null)), null, Actor.market(), at("2026-11-16T11:00"));
        Case noticed = cases.caseOf(row.number(), citizen.username());
        assertThat(noticed.state()).isEqualTo(CaseState.AWAITING_SUPPLEMENT);
        assertThat(noticed.clock().paused()).isTrue();
        assertThat(noticed.openNotice().items()).extracting(OneTimeNotice.NoticeItem::material)
                .containsExactly("公司变更登记申请书", "营业执照正副本");

        workflow.supplementAtWindow(row.number(), Set.of("公司变更登记申请书", "营业执照正副本"), Actor.market(),
                at("2026-11-19T10:00"));
        Case back = cases.caseOf(row.number(), citizen.username());
        assertThat(back.state()).isEqualTo(CaseState.SUBMITTED);
        // 11-17, 11-18 and 11-19 were paused: the one promised day is Friday 11-20.
        assertThat(back.clock().pausedDays()).isEqualTo(3);
        assertThat(back.clock().due()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(back.timeline()).extracting(CaseStep::action).containsExactly("submitted", "noticed", "supplemented");
    }

    @Test
    void aTownshipWindowTakesACountyWideItemAndTheDepartmentSeesItOnlyOnceDispatched() {
        Actor window = Actor.window(DemoCounty.MEILIN_TOWN);
        Case c = cases.enterAtWindow("QX-SCJG-002", person(), Delivery.WINDOW, Set.of("申请人居民身份证"), null, window);
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.responsibleLogin()).isEqualTo("chuangkou");
        assertThat(c.applicant().maskedIdNumber()).contains("********");
        assertThat(cases.list(Actor.window(DemoCounty.SHIQIAO_TOWN), "open", 1, null).cases())
                .noneMatch(x -> x.number().equals(c.number()));
        assertThat(cases.list(Actor.market(), "open", 1, null).cases()).noneMatch(x -> x.number().equals(c.number()));
        assertThatThrownBy(() -> cases.review(c.number(), null, Actor.market())).isInstanceOf(
                org.doorstep.platform.NotFoundException.class);

        cases.dispatch(c.number(), null, window);
        assertThat(cases.list(Actor.market(), "open", 1, null).cases()).anyMatch(x -> x.number().equals(c.number()));
        cases.review(c.number(), null, Actor.market());
        Case approved = cases.approve(c.number(), "准予登记", Actor.market());
        // 首问负责制: the window officer stays responsible while the department works.
        assertThat(approved.responsibleLogin()).isEqualTo("chuangkou");
        Case done = cases.deliver(c.number(), Delivery.POST, "SF1234567890", null, window);
        assertThat(done.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(done.trackingNumber()).isEqualTo("SF1234567890");
    }

    @Test
    void aWindowCannotTakeAnItemThatIsNeitherCountyWideNorImplementedInItsArea() {
        int before = caseCount();
        assertThatThrownBy(() -> cases.enterAtWindow("QX-SCJG-007", person(), Delivery.WINDOW, Set.of(), null,
                Actor.window(DemoCounty.MEILIN_TOWN)))
                .isInstanceOf(FieldErrors.InvalidFieldsException.class).hasMessageContaining("本窗口不能受理");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void onlyTheFirstOfficerHandsOverAndTheHandOverIsRecorded() {
        Actor window = Actor.window(DemoCounty.MEILIN_TOWN);
        Case c = cases.enterAtWindow("QX-MZ-003", person(), Delivery.WINDOW, Set.of(), null, window);
        Actor colleague = Actor.other("WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);
        assertThatThrownBy(() -> cases.handOver(c.number(), "admin", "换人", colleague))
                .isInstanceOf(ConflictException.class).hasMessageContaining("首问负责人");
        // An unknown user name and a real one outside the case's reach (a county reviewer of another department)
        // get the same answer: the form tells nobody which user names exist.
        String unknown = catchThrowableOfType(InvalidInputException.class,
                () -> cases.handOver(c.number(), "nobody-here", "换人", window)).getMessage();
        String unreachable = catchThrowableOfType(InvalidInputException.class,
                () -> cases.handOver(c.number(), "bumen", "换人", window)).getMessage();
        assertThat(unknown).isEqualTo(unreachable).contains("不能移交给该账号");
        Case handed = cases.handOver(c.number(), "meilin.admin", "调岗，已核验材料", window);
        assertThat(handed.responsibleLogin()).isEqualTo("meilin.admin");
        assertThat(handed.timeline()).anyMatch(s -> s.action().equals("handed-over") && s.note().contains("调岗"));
    }

    @Test
    void badInputGetsAChineseMessageAndChangesNothing() {
        Actor citizen = Actor.citizen();
        int before = caseCount();
        ApplicantDetails wrongId = new ApplicantDetails("PERSON", "张某某",
                TestPeople.withWrongCheckDigit(TestPeople.residentId()), TestPeople.mobile());
        assertThatThrownBy(() -> cases.apply("QX-SCJG-002", wrongId, Delivery.WINDOW, List.of(), null, citizen))
                .isInstanceOf(FieldErrors.InvalidFieldsException.class).hasMessageContaining("身份证号不正确");
        assertThatThrownBy(() -> cases.apply("QX-SCJG-002", person(), Delivery.WINDOW,
                List.of(new Upload("经营场所使用证明", new ByteArrayInputStream(EXE), "lease.pdf")), null, citizen))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("文件类型不符合要求");
        byte[] big = new byte[(int) CaseWorkflow.MAX_MATERIAL_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> cases.apply("QX-SCJG-002", person(), Delivery.WINDOW,
                List.of(new Upload("经营场所使用证明", new ByteArrayInputStream(big), "big.pdf")), null, citizen))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("文件过大");
        assertThat(caseCount()).isEqualTo(before);
        assertThat(cases.casesOf(citizen.username())).isEmpty();
    }

    @Test
    void theStatusCheckNeedsTheNumberAndAVerificationAndNeverTellsWhichWasWrong() {
        Actor citizen = Actor.citizen();
        ApplicantDetails who = person();
        Case c = cases.apply("QX-SCJG-002", who, Delivery.WINDOW,
                List.of(new Upload("经营场所使用证明", new ByteArrayInputStream(PDF), "lease.pdf")), null, citizen);
        String code = cases.queryCodeOf(c.number(), citizen.username());
        assertThat(cases.lookup(c.number(), code)).get().extracting(s -> s.single().number()).isEqualTo(c.number());
        assertThat(cases.lookup(c.number().toLowerCase(), who.idNumber().substring(12))).isPresent();
        assertThat(cases.lookup(c.number(), "000000")).isEmpty();
        assertThat(cases.lookup("QX20991231999999", code)).isEmpty();
        assertThat(cases.lookup(c.number(), "")).isEmpty();
        // A material given once is offered again and can be reused by its hash, but only by its owner.
        CaseMaterial earlier = cases.reusableMaterials(citizen.username()).get(0);
        Case again = cases.apply("QX-SCJG-002", who, Delivery.WINDOW, List.of(),
                java.util.Map.of("经营场所使用证明", earlier.sha256()), citizen);
        assertThat(again.materials()).extracting(CaseMaterial::sha256).containsExactly(earlier.sha256());
        assertThatThrownBy(() -> cases.apply("QX-SCJG-002", person(), Delivery.WINDOW, List.of(),
                java.util.Map.of("经营场所使用证明", earlier.sha256()), Actor.citizen()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("只能复用您本人");
    }

    @Test
    void theApplicantApiListsAppliesAndAnswersBadUploadsWithProblemJson() throws Exception {
        ApplicantDetails who = person();
        Actor citizen = new Actor(VerifiedCitizens.person(accounts, verification, who.name(), who.idNumber()),
                who.name(), "CITIZEN", null);
        mvc.perform(multipart("/api/v1/my/cases").file(new MockMultipartFile("files", "lease.pdf", "application/pdf", EXE))
                        .param("itemCode", "QX-SCJG-002").param("name", who.name()).param("idNumber", who.idNumber())
                        .param("phone", who.phone()).param("delivery", "WINDOW").param("materials", "经营场所使用证明")
                        .with(csrf()).with(authentication(citizen.authentication())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("文件类型不符合要求")));
        assertThat(cases.casesOf(citizen.username())).isEmpty();

        mvc.perform(multipart("/api/v1/my/cases").file(new MockMultipartFile("files", "lease.pdf", "application/pdf", PDF))
                        .param("itemCode", "QX-SCJG-002").param("name", who.name()).param("idNumber", who.idNumber())
                        .param("phone", who.phone()).param("delivery", "WINDOW").param("materials", "经营场所使用证明")
                        .with(csrf()).with(authentication(citizen.authentication())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.applicant.maskedIdNumber").value(org.hamcrest.Matchers.containsString("********")));
        String number = cases.casesOf(citizen.username()).get(0).number();
        mvc.perform(get("/api/v1/my/cases").with(authentication(citizen.authentication())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].number").value(number))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(who.idNumber()))));
        mvc.perform(get("/api/v1/my/cases/QX20991231999999").with(authentication(citizen.authentication())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有这个办件"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/my/cases/{number}/supplement")));
    }

    @Test
    void aCertificateFreeItemChecksTheLibraryInsteadOfAskingForAnUpload() {
        Actor citizen = Actor.citizen();
        ApplicantDetails who = new ApplicantDetails("FIRM", "某某免证测试有限公司", TestPeople.residentId(),
                TestPeople.mobile(), TestPeople.creditCode());
        certificates.issue(new CertificateRequest("营业执照", who.name(), who.creditCode(), DemoCounty.MARKET_REGULATION,
                "青溪县市场监督管理局", LocalDate.parse("2026-01-05"), null, null));
        Case c = cases.apply("QX-ZWFW-002", who, Delivery.WINDOW,
                List.of(new Upload("法定代表人身份证明", new ByteArrayInputStream(PDF), "id.pdf")), null, citizen);
        assertThat(c.materials()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("营业执照");
            assertThat(m.sha256()).isNull();
            assertThat(m.fileName()).startsWith("电子证照核验：营业执照");
        });
        // Someone without the certificate gets no such proof: the material stays missing for the one-time notice.
        Case other = cases.apply("QX-ZWFW-002", person(), Delivery.WINDOW, List.of(), null, Actor.citizen());
        assertThat(other.materials()).isEmpty();
    }

    @Test
    void demoDataHasACaseInEveryState() {
        List<String> states = jdbc.sql("select distinct state from cases_case").query(String.class).list();
        assertThat(states).contains("SUBMITTED", "AWAITING_SUPPLEMENT", "ACCEPTED", "DISPATCHED", "UNDER_REVIEW",
                "APPROVED", "REFUSED", "REJECTED", "COMPLETED");
    }
}
