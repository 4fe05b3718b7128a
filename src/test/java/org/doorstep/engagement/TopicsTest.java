package org.doorstep.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.accounts.VerificationCodes;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentState;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.TextMessages;
import org.doorstep.support.SmsCodes;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 点题公开 through the facade: the state machine, feedback deadlines on the official calendar, and 回应关切. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class TopicsTest {

    static final String TOWN = DemoCounty.SHIQIAO_TOWN;

    @Autowired
    Topics topics;
    @Autowired
    Disclosure disclosure;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerificationCodes codes;
    @Autowired
    TextMessages sms;

    final Staff officer = Staff.of("DISCLOSURE_OFFICER", TOWN);
    final Staff reviewer = Staff.of("CONFIDENTIALITY_REVIEWER", TOWN);

    TopicProposal proposal(String phone) {
        return new TopicProposal(TOWN, "石桥镇集镇污水管网建设进度", "希望公开石桥镇集镇污水管网建设的资金、进度和完工时间。", "一位村民", phone);
    }

    @Test
    void theFeedbackDeadlineCountsWorkingDaysOverNationalDayAndIsFlaggedWhenOverdue() {
        TopicRequest t = topics.logHotline(proposal("0791-88001234"), LocalDate.of(2026, 9, 21), officer);
        assertThat(t.state()).isEqualTo(TopicState.PROPOSED);
        assertThat(t.number()).matches("DT-2026-\\d{4}");
        assertThat(t.maskedPhone()).doesNotContain("88001234");
        String department = topics.departments(TOWN).keySet().iterator().next();
        t = topics.accept(t.number(), department, 10, LocalDate.of(2026, 9, 28), officer);
        // 9-29 (1), 9-30 (2), National Day 10-1 … 10-7, 10-8 (3), 10-9 (4), Saturday 10-10 make-up (5),
        // 10-12 … 10-16 (10).
        assertThat(topics.dueOf(t)).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(t.noticeText()).contains("2026-10-16", "10 个工作日", t.title());
        String number = t.number();
        Topics.Tracked tracked = topics.topics(officer, Topics.View.ALL, 1).items().stream()
                .filter(x -> x.topic().number().equals(number)).findFirst().orElseThrow();
        // The platform's today is after 2026-10-16 (the demo year is 2026 and this test runs after it).
        assertThat(tracked.overdue()).isTrue();
        assertThat(tracked.dueSoon()).isFalse();
    }

    @Test
    void theFeedbackDeadlineSkipsTheSpringFestival() {
        TopicRequest t = topics.logHotline(proposal("13900001111"), LocalDate.of(2026, 2, 10), officer);
        String department = topics.departments(TOWN).keySet().iterator().next();
        t = topics.accept(t.number(), department, 5, LocalDate.of(2026, 2, 12), officer);
        // 2-13 (1), Saturday 2-14 make-up (2), Spring Festival 2-15 … 2-23, 2-24 (3), 2-25 (4), 2-26 (5).
        assertThat(topics.dueOf(t)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void aTopicGoesFromProposalToAPublishedAnswerInTheConcernNode(CapturedOutput output) throws InterruptedException {
        String phone = TestPeople.mobile();
        TopicRequest t = topics.propose(proposal(phone), new PortalSubmitter("t-citizen-login", SmsCodes.client(),
                new SmsCodes(codes, sms).codeFor(phone, VerificationCodes.Purpose.ANONYMOUS_FORM)));
        String number = t.number();
        assertThatThrownBy(() -> topics.answer(number, "答复内容足够长的一段文字。", topics.today(), officer))
                .isInstanceOf(ConflictException.class).hasMessageContaining("待受理");

        String department = topics.departments(TOWN).keySet().iterator().next();
        t = topics.accept(number, department, 10, topics.today(), officer);
        assertThat(t.state()).isEqualTo(TopicState.ASSIGNED);
        assertThatThrownBy(() -> topics.accept(number, department, 10, topics.today(), officer))
                .isInstanceOf(ConflictException.class);
        Staff otherDepartment = Staff.of("DEPARTMENT_REVIEWER", DemoCounty.MARKET_REGULATION);
        assertThatThrownBy(() -> topics.answer(number, "不是本部门的答复内容文字。", topics.today(), otherDepartment))
                .isInstanceOf(RuntimeException.class);
        Staff dept = Staff.of("DEPARTMENT_REVIEWER", department);
        assertThatThrownBy(() -> topics.answer(number, "短", topics.today(), dept))
                .isInstanceOf(InvalidFieldsException.class).hasMessageContaining("答复内容");
        t = topics.answer(number, "集镇污水管网一期工程已完工，二期工程计划明年六月完工。\n资金安排见附表。", topics.today(), dept);
        assertThat(t.state()).isEqualTo(TopicState.ANSWERED);

        t = topics.submitAnswer(number, officer);
        assertThat(t.state()).isEqualTo(TopicState.IN_REVIEW);
        GovDocument d = disclosure.staffDocument(t.documentId(), officer);
        assertThat(d.state()).isEqualTo(DocumentState.SUBMITTED);
        CatalogueNode concern = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("回应关切"))
                .findFirst().orElseThrow();
        assertThat(d.nodeIds()).containsExactly(concern.id());
        assertThat(d.title()).contains(t.title());
        Staff author = new Staff(officer.username(), "保密审查员", "CONFIDENTIALITY_REVIEWER", TOWN);
        assertThatThrownBy(() -> disclosure.approve(d.id(), author)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("不能审查自己起草的文件");
        disclosure.approve(d.id(), reviewer);

        TopicRequest published = awaitState(number, TopicState.PUBLISHED);
        assertThat(published.documentPath()).isEqualTo("/disclosure/documents/" + d.id());
        assertThat(topics.answered()).extracting(TopicRequest::number).contains(number);
        assertThat(topics.notices(published)).extracting(TopicNotice::title)
                .containsExactly("点题已提交", "点题已受理", "部门已答复", "答复已公开");
        assertThat(topics.mine("t-citizen-login")).extracting(TopicRequest::number).contains(number);
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        assertThat(output.getOut()).contains(masked).doesNotContain(phone);

        // The office withdraws the published answer: the topic leaves the public list and the proposer is told why;
        // the office can submit a corrected answer again.
        disclosure.withdraw(d.id(), "答复中的完工时间有误，更正后重新公开", officer);
        TopicRequest withdrawn = awaitState(number, TopicState.ANSWERED);
        assertThat(withdrawn.documentId()).isNull();
        assertThat(withdrawn.documentPath()).isNull();
        assertThat(topics.answered()).extracting(TopicRequest::number).doesNotContain(number);
        assertThat(topics.notices(withdrawn)).extracting(TopicNotice::text).last().asString()
                .contains("答复已撤回", "完工时间有误");
        assertThat(topics.submitAnswer(number, officer).state()).isEqualTo(TopicState.IN_REVIEW);
    }

    @Test
    void aDeclinedTopicTellsTheProposerWhy() {
        String phone = TestPeople.mobile();
        TopicRequest t = topics.propose(proposal(phone), new SmsCodes(codes, sms).anonymousWithCodeFor(phone));
        String number = t.number();
        assertThatThrownBy(() -> topics.decline(number, " ", topics.today(), officer))
                .isInstanceOf(InvalidFieldsException.class).hasMessageContaining("不予受理的理由");
        Staff county = Staff.of("DISCLOSURE_OFFICER", DemoCounty.MEILIN_TOWN);
        // another township's topic answers like a missing one
        assertThatThrownBy(() -> topics.decline(number, "不属于本级政府职责。", topics.today(), county))
                .isInstanceOf(NotFoundException.class).hasMessage("没有这个点题");
        t = topics.decline(number, "不属于政府信息，建议通过12345热线反映。", topics.today(), officer);
        assertThat(t.state()).isEqualTo(TopicState.DECLINED);
        assertThat(topics.notices(t)).last().extracting(TopicNotice::text).asString().contains("建议通过12345热线反映");
    }

    @Test
    void badProposalsGetEveryMessageAtOnceAndStoreNothing() {
        int before = count();
        assertThatThrownBy(() -> topics.propose(new TopicProposal("999", "短", "", "", "12345"),
                PortalSubmitter.anonymous(SmsCodes.client(), null)))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors()).containsOnlyKeys(
                        "divisionCode", "title", "content", "contactName", "phone"));
        assertThatThrownBy(() -> topics.logHotline(proposal("13900001111"), topics.today().plusDays(1), officer))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.errors()).containsEntry("on", "来电日期不能晚于今天"));
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM engagement_topic").query(Integer.class).single();
    }

    /** Publishing is followed after commit, asynchronously. */
    private TopicRequest awaitState(String number, TopicState state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            TopicRequest t = topics.staffTopic(number, officer);
            if (t.state() == state) {
                return t;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("topic " + number + " stayed " + t.state());
            }
            Thread.sleep(50);
        }
    }
}
