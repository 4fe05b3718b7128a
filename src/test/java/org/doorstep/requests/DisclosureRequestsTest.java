package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.doorstep.audit.AuditEntry;
import org.doorstep.audit.AuditQuery;
import org.doorstep.audit.AuditTrail;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.accounts.VerificationCodes;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.TextMessages;
import org.doorstep.support.SmsCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** 依申请公开 through the facade, with explicit dates on the official 2026 calendar. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class DisclosureRequestsTest {

    static final String COUNTY = DemoCounty.COUNTY;

    @Autowired
    DisclosureRequests requests;
    @Autowired
    FeeDecisions fees;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    VerificationCodes codes;
    @Autowired
    TextMessages sms;

    final Officer officer = Officer.officer(COUNTY);

    static Application person(String id, String mobile) {
        return new Application("NATURAL_PERSON", "张某某", id, "", "", mobile, "", "青溪县某某路 1 号", COUNTY,
                "2026 年青溪县城区老旧小区改造项目的资金安排文件", "电子文档（网上查看）");
    }

    @Test
    void supplementConsultationAndExtensionMoveTheDueDateAsTheRegulationSays() {
        String mobile = TestPeople.mobile();
        DisclosureRequest r = requests.apply(person(TestPeople.residentId(), mobile),
                new SmsCodes(codes, sms).anonymousWithCodeFor(mobile));
        assertThat(r.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(r.number()).matches("YSQ-\\d{4}-\\d{4}");

        // Received online, confirmed Monday 7 September 2026 (条例第三十一条): 20 working days on the official
        // calendar, with the Mid-Autumn and National Day holidays and the make-up days 9-20 and 10-10.
        r = requests.confirmReceipt(r.number(), LocalDate.of(2026, 9, 7), officer);
        // 9-8 … 9-11 (4), 9-14 … 9-18 (9), Sun 9-20 make-up (10), 9-21 … 9-24 (14), 9-28 … 9-30 (17),
        // holiday 10-1 … 10-7, 10-8 (18), 10-9 (19), Sat 10-10 make-up (20).
        assertThat(requests.dueOf(r)).isEqualTo(LocalDate.of(2026, 10, 10));

        // Day 3 after receipt: the one-time supplement notice.
        r = requests.noticeSupplement(r.number(), "请写明所需文件的名称或文号", 10, LocalDate.of(2026, 9, 10), officer);
        assertThat(r.state()).isEqualTo(RequestState.AWAITING_SUPPLEMENT);
        // The supplement arrives on Monday 14 September: the 20 days restart from there.
        r = requests.receiveSupplement(r.number(), "《青溪县老旧小区改造资金安排的通知》", LocalDate.of(2026, 9, 14), officer);
        assertThat(r.state()).isEqualTo(RequestState.PROCESSING);
        String number = r.number();
        assertThatThrownBy(() -> requests.noticeSupplement(number, "再补一次", 5, LocalDate.of(2026, 9, 15), officer))
                .isInstanceOf(ConflictException.class).hasMessageContaining("只能发出一次");

        // Third party consulted from Wednesday 16 September, answer on 30 September: 10 working days not counted.
        r = requests.startConsultation(r.number(), "某某建设有限公司", LocalDate.of(2026, 9, 16), officer);
        r = requests.endConsultation(r.number(), LocalDate.of(2026, 9, 30), officer);
        assertThat(requests.clockStatus(r).orElseThrow().pausedDays()).isEqualTo(10);

        // One extension of 20 days approved by the head of the office.
        r = requests.extend(r.number(), 20, "县政府办公室主任", "需要调取历年档案", LocalDate.of(2026, 10, 12), officer);
        assertThat(r.extension().approver()).isEqualTo("县政府办公室主任");
        assertThatThrownBy(() -> requests.extend(number, 5, "县政府办公室主任", "再延一次", LocalDate.of(2026, 10, 13),
                officer)).isInstanceOf(ConflictException.class).hasMessageContaining("只能延长一次");

        // Counted from 9-14: 9-15 (1), 9-16 (2), paused 9-17 … 9-30, holiday 10-1 … 10-7, 10-8 (3), 10-9 (4),
        // Sat 10-10 make-up (5), 10-12 … 10-16 (10), 10-19 … 10-23 (15), 10-26 … 10-30 (20), 11-2 … 11-6 (25),
        // 11-9 … 11-13 (30), 11-16 … 11-20 (35), 11-23 … 11-27 (40).
        assertThat(requests.dueOf(r)).isEqualTo(LocalDate.of(2026, 11, 27));

        r = requests.reply(r.number(), Outcome.PARTLY_DISCLOSED, "现提供资金安排通知（删除第三方账户信息）。",
                "第三方的银行账户信息", "涉及第三方商业秘密，第三方不同意公开（条例第十五条）", LocalDate.of(2026, 11, 20), officer);
        assertThat(r.state()).isEqualTo(RequestState.CLOSED);
        assertThat(r.reply().outcome()).isEqualTo(Outcome.PARTLY_DISCLOSED);
        assertThat(requests.notices(r)).extracting(RequestNotice::title)
                .containsExactly("申请已提交", "申请已受理", "补正通知", "补正已收到", "征求意见", "征求意见结束", "延期答复告知", "答复");
    }

    @Test
    void theEleventhRequestOfAnApplicantInOneMonthGetsAFeeNoticeAtTheStatutoryRateOnceTheOfficeChargesIt() {
        String id = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        DisclosureRequest r = null;
        for (int day = 1; day <= 11; day++) {
            r = requests.register(person(id, mobile), Channel.IN_PERSON, LocalDate.of(2026, 3, day + 1), officer);
            if (day <= 10) {
                assertThat(fees.proposal(r)).as("request %d is free", day).isEmpty();
                assertThat(r.state()).isEqualTo(RequestState.PROCESSING);
            }
        }
        // 条例第四十二条 "可以收取": the platform proposes 100 元 (国办函〔2020〕109号), nothing is charged yet.
        assertThat(r.state()).isEqualTo(RequestState.PROCESSING);
        assertThat(r.fee()).isNull();
        assertThat(fees.proposal(r).orElseThrow().amount()).isEqualTo(100);
        r = fees.charge(r.number(), "本月已申请 11 件，明显超过合理范围", LocalDate.of(2026, 3, 12), officer);
        assertThat(r.state()).isEqualTo(RequestState.AWAITING_FEE);
        assertThat(r.fee().amount()).isEqualTo(100);
        assertThat(r.fee().noticeOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        // 20 working days from Thursday 12 March 2026: 3-13 (1) … 4-3 (16), Qingming 4-4 … 4-6, 4-7 … 4-10 (20).
        assertThat(r.fee().due()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(requests.notices(r)).anySatisfy(n -> assertThat(n.text()).contains("100 元", "2026-04-10"));
        assertThat(requests.clockStatus(r).orElseThrow().paused()).isTrue();

        // The same applicant in April starts from a free quota again.
        DisclosureRequest april = requests.register(person(id, mobile), Channel.POST, LocalDate.of(2026, 4, 1), officer);
        assertThat(fees.proposal(april)).isEmpty();

        // Unpaid past the period: processing stops with the template's outcome.
        String number = r.number();
        assertThatThrownBy(() -> requests.lapseFee(number, LocalDate.of(2026, 4, 10), officer))
                .isInstanceOf(ConflictException.class);
        r = requests.lapseFee(number, LocalDate.of(2026, 4, 13), officer);
        assertThat(r.reply().outcome()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
    }

    @Test
    void badApplicationsStoreNothingAndNameEveryField() {
        int before = count();
        Application bad = new Application("NATURAL_PERSON", "", TestPeople.withWrongCheckDigit(TestPeople.residentId()),
                "", "", "12345", "not-an-email", "", "999999999999", "短", "");
        assertThatThrownBy(() -> requests.apply(bad, PortalSubmitter.anonymous(SmsCodes.client(), null))).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.errors()).containsKeys("name", "idNumber", "mobile", "email", "divisionCode",
                        "description", "delivery"));
        Application firm = new Application("COMMERCIAL", "某某科技有限公司", "", "91361199MA00000000", "", TestPeople.mobile(),
                "", "", COUNTY, "某某项目的环评批复文件", "电子文档（网上查看）");
        assertThatThrownBy(() -> requests.apply(firm, PortalSubmitter.anonymous(SmsCodes.client(), null))).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("creditCode", "contactName"));
        assertThatThrownBy(() -> requests.register(person(TestPeople.residentId(), TestPeople.mobile()), Channel.POST,
                LocalDate.now().plusDays(3), officer)).isInstanceOf(InvalidFieldsException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void statutoryLimitsAreEnforced() {
        DisclosureRequest r = requests.register(person(TestPeople.residentId(), TestPeople.mobile()), Channel.FAX,
                LocalDate.of(2026, 6, 1), officer);
        String n = r.number();
        // 7 working days from Monday 1 June 2026 end on Wednesday 10 June.
        assertThatThrownBy(() -> requests.noticeSupplement(n, "请写明文号", 10, LocalDate.of(2026, 6, 11), officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.errors().get("on")).contains("7 个工作日", "2026-06-10"));
        assertThatThrownBy(() -> requests.extend(n, 21, "主任", "理由", LocalDate.of(2026, 6, 2), officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors()).containsKey("days"));
        assertThatThrownBy(() -> requests.extend(n, 10, "", "理由", LocalDate.of(2026, 6, 2), officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors()).containsKey("approver"));
        requests.startConsultation(n, "县自然资源局", LocalDate.of(2026, 6, 2), officer);
        assertThatThrownBy(() -> requests.reply(n, Outcome.DISCLOSED, "答复", null, null, LocalDate.of(2026, 6, 5),
                officer)).isInstanceOf(ConflictException.class);
        requests.endConsultation(n, LocalDate.of(2026, 6, 24), officer);
        assertThatThrownBy(() -> requests.reply(n, Outcome.PARTLY_DISCLOSED, "答复", "", "", LocalDate.of(2026, 6, 25),
                officer)).isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.errors()).containsKeys("withheld", "withheldReason"));
        assertThatThrownBy(() -> requests.reply(n, Outcome.OTHER_NO_SUPPLEMENT, "答复", null, null,
                LocalDate.of(2026, 6, 25), officer)).isInstanceOf(InvalidFieldsException.class);
        // another government's request answers like a missing one (no probing of numbers)
        assertThatThrownBy(() -> requests.staffRequest(n, Officer.officer(DemoCounty.MEILIN_TOWN)))
                .isInstanceOf(NotFoundException.class).hasMessage("没有这个申请");
        assertThatThrownBy(() -> requests.staffRequest(n, Officer.windowOfficer(COUNTY)))
                .isInstanceOf(AccessDeniedException.class);

        r = requests.reply(n, Outcome.WITHHELD_STATE_SECRET, "所申请信息属于国家秘密。", null, null, LocalDate.of(2026, 6, 25),
                officer);
        Remedy remedy = requests.recordRemedy(n, RemedyKind.RECONSIDERATION, RemedyResult.PENDING,
                LocalDate.of(2026, 7, 1), null, null, officer);
        requests.updateRemedy(n, remedy.id(), RemedyResult.UPHELD, LocalDate.of(2026, 8, 20), "复议维持", officer);
        assertThat(requests.remedies(r)).singleElement().satisfies(x -> {
            assertThat(x.result()).isEqualTo(RemedyResult.UPHELD);
            assertThat(x.decidedOn()).isEqualTo(LocalDate.of(2026, 8, 20));
        });
    }

    /**
     * 条例第三十二条 (15 working days for the third party) with 第三十三条: a consultation open from Tuesday 2026-06-02 and
     * never ended leaves 6-3 … 6-24 uncounted and no more; the request is due 2026-07-21 and, today, overdue.
     */
    @Test
    void aConsultationStillOpenAfter15WorkingDaysNoLongerHoldsTheClock() {
        DisclosureRequest r = requests.register(person(TestPeople.residentId(), TestPeople.mobile()), Channel.FAX,
                LocalDate.of(2026, 6, 1), officer);
        r = requests.startConsultation(r.number(), "某某建设有限公司", LocalDate.of(2026, 6, 2), officer);
        assertThat(r.state()).isEqualTo(RequestState.CONSULTING);
        assertThat(requests.dueOf(r)).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(requests.clockStatus(r).orElseThrow().overdue()).isTrue();
        // The nightly job brings the stored due date and pause flag of the lists along.
        requests.lapseExpired(requests.today());
        String number = r.number();
        assertThat(jdbc.sql("select reply_paused || ' ' || reply_due from requests_request where number = ?")
                .param(number).query(String.class).single()).isEqualTo("false 2026-07-21");
        // The answer arriving late is still recorded; the days after 6-24 stay counted.
        r = requests.endConsultation(number, LocalDate.of(2026, 7, 6), officer);
        assertThat(r.state()).isEqualTo(RequestState.PROCESSING);
        assertThat(requests.dueOf(r)).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(requests.notices(r)).last().satisfies(n -> assertThat(n.text()).contains("2026-06-24 届满"));
    }

    @Test
    void anApplicantWhoDoesNotSupplementInTimeIsTreatedAsWithdrawn() {
        DisclosureRequest r = requests.register(person(TestPeople.residentId(), TestPeople.mobile()), Channel.ORAL,
                LocalDate.of(2026, 5, 6), officer);
        requests.noticeSupplement(r.number(), "请说明所需信息的时间范围", 5, LocalDate.of(2026, 5, 7), officer);
        // 5 working days from Thursday 7 May: 5-8, Sat 5-9 make-up, 5-11, 5-12, 5-13.
        assertThat(requests.staffRequest(r.number(), officer).supplement().due()).isEqualTo(LocalDate.of(2026, 5, 13));
        requests.lapseExpired(LocalDate.of(2026, 5, 13));
        assertThat(requests.staffRequest(r.number(), officer).state()).isEqualTo(RequestState.AWAITING_SUPPLEMENT);
        requests.lapseExpired(LocalDate.of(2026, 5, 14));
        DisclosureRequest lapsed = requests.staffRequest(r.number(), officer);
        assertThat(lapsed.reply().outcome()).isEqualTo(Outcome.OTHER_NO_SUPPLEMENT);
        assertThat(requests.clockStatus(lapsed)).isPresent();
    }

    @Test
    void everyStepIsAuditedAndToldThroughTheOutboxInTheTemplatesWords(CapturedOutput output) {
        String mobile = TestPeople.mobile();
        DisclosureRequest r = requests.register(person(TestPeople.residentId(), mobile), Channel.IN_PERSON,
                LocalDate.of(2026, 8, 3), officer);
        requests.startConsultation(r.number(), "县自然资源局", LocalDate.of(2026, 8, 4), officer);
        List<String> actions = audit.search(new AuditQuery(null, null, null, "requests.", r.number(), null), null, null,
                50).entries().stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("requests.submitted", "requests.received", "requests.consultation-started");
        // Each step's SMS, in its template's words: the consulted party (an officer's words) is not in it.
        assertThat(jdbc.sql("select template from notifications_message where reference = ? and channel = 'SMS' "
                + "order by id").param(r.number()).query(String.class).list())
                .containsExactly("REQUEST_REGISTERED", "REQUEST_CONSULTATION");
        assertThat(jdbc.sql("select body from notifications_message where reference = ? and channel = 'SMS' "
                + "and template = 'REQUEST_CONSULTATION'").param(r.number()).query(String.class).single())
                .contains(r.number()).doesNotContain("县自然资源局");
        assertThat(output.getOut()).doesNotContain(mobile);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM requests_request").query(Integer.class).single();
    }
}
