package org.doorstep.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.doorstep.accounts.Accounts;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.support.MovableClock;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.TestPeople;
import org.doorstep.support.NotificationPeers;
import org.doorstep.support.TestSmsGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The outbox against real peers started here: an SMTP server (GreenMail) and an HTTP SMS gateway. A step's messages are
 * written with it or not at all, delivered at least once with back-off, and an officer resends what gave up.
 */
@SpringBootTest(properties = {"doorstep.notifications.max-attempts=3", "doorstep.notifications.first-retry=PT30S",
        "doorstep.sms.account=qingxi", "doorstep.sms.secret=test-secret", "doorstep.sms.signature=青溪县政务服务",
        "doorstep.sms.template=SMS_NOTICE", "doorstep.mail.from=noreply@qingxi.example.cn",
        "doorstep.mail.starttls=false", "doorstep.public-url=https://zwfw.qingxi.example.cn"})
@Import(MovableClock.Config.class)
class OutboxTest {

    static final GreenMail MAIL = NotificationPeers.MAIL;
    static final TestSmsGateway SMS = NotificationPeers.SMS;

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry r) {
        NotificationPeers.register(r);
    }

    record Person(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {
    }

    @Autowired
    Outbox outbox;
    @Autowired
    org.doorstep.notifications.internal.Messages messages;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        clock.set("2026-12-09T09:00");
        outbox.deliverDue(); // whatever the demo county left due goes first
    }

    static String login() {
        return Accounts.citizenLogin(UUID.randomUUID());
    }

    NotificationRequested accepted(String number, String login, String mobile) {
        return new NotificationRequested("case:" + number + ":accepted:1", MessageTemplate.CASE_ACCEPTED,
                Map.of("number", number, "item", "公章刻制备案", "due", "2026-12-10"), "/my/cases/" + number,
                new Recipient(login, mobile, null), DemoCounty.PUBLIC_SECURITY, number);
    }

    List<Map<String, Object>> rows(String number) {
        return jdbc.sql("select channel, state, recipient, attempts from notifications_message where reference = ? "
                + "order by channel").param(number).query().listOfRows();
    }

    @Test
    void aStepsMessagesAreWrittenWithItAndDeliveredBySmsEmailAndTheInbox() throws Exception {
        String login = login();
        String mobile = TestPeople.mobile();
        String email = "applicant" + System.nanoTime() + "@example.cn";
        outbox.saveEmail(login, email);
        String number = "QX" + System.nanoTime();
        tx.executeWithoutResult(s -> events.publishEvent(accepted(number, login, mobile)));

        // The inbox has it at once; SMS and e-mail wait for the worker.
        assertThat(rows(number)).extracting(r -> r.get("channel") + " " + r.get("state"))
                .containsExactly("EMAIL PENDING", "PORTAL SENT", "SMS PENDING");
        outbox.deliverDue();
        assertThat(rows(number)).extracting(r -> r.get("channel") + " " + r.get("state"))
                .containsExactly("EMAIL SENT", "PORTAL SENT", "SMS SENT");

        assertThat(SMS.acceptedFor(mobile)).singleElement().satisfies(body -> assertThat(body)
                .contains(number, "办件已受理", "2026-12-10", "https://zwfw.qingxi.example.cn/my/cases/" + number,
                        "\"requestId\":\"case:" + number + ":accepted:1:sms\""));
        MimeMessage mail = null;
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email)) {
                mail = m;
            }
        }
        assertThat(mail).as("e-mail to " + email).isNotNull();
        assertThat(mail.getSubject()).isEqualTo("办件已受理");
        assertThat(mail.getContent().toString()).contains(number, "2026-12-10", "请勿直接回复");
        assertThat(mail.getMessageID()).contains(number);

        // 站内信: the applicant reads it, and it is then read; another citizen sees nothing of it.
        Person me = new Person(login, "申请人", "CITIZEN", null);
        assertThat(outbox.unread(login)).isEqualTo(1);
        String inbox = SignedInRequests.page(mvc, get("/my/messages"), me);
        assertThat(inbox).contains("办件已受理", number, "有 1 条未读通知");
        assertThat(outbox.unread(login)).isZero();
        assertThat(SignedInRequests.page(mvc, get("/my/messages"), new Person(login(), "他人", "CITIZEN", null)))
                .doesNotContain(number);
    }

    @Test
    void aStepThatRollsBackTellsNobodyAndTheSameStepTwiceIsOneMessage() {
        String number = "QX" + System.nanoTime();
        String mobile = TestPeople.mobile();
        try {
            tx.executeWithoutResult(s -> {
                events.publishEvent(accepted(number, login(), mobile));
                throw new IllegalStateException("the step fails after telling");
            });
        } catch (IllegalStateException expected) {
            // the step's own failure
        }
        assertThat(rows(number)).isEmpty();
        NotificationRequested once = accepted(number, null, mobile);
        tx.executeWithoutResult(s -> events.publishEvent(once));
        tx.executeWithoutResult(s -> events.publishEvent(once));
        assertThat(rows(number)).hasSize(1);
        // a clock with nanoseconds, as a server's may be: the claim's token still matches what PostgreSQL stored
        clock.set("2026-12-09T09:00:00.123456789");
        outbox.deliverDue();
        assertThat(SMS.acceptedFor(mobile)).hasSize(1);
        assertThat(rows(number).get(0)).containsEntry("state", "SENT");
    }

    @Test
    void aFailingGatewayIsRetriedWithBackOffAndAnOfficerSeesAndResendsWhatGaveUp() throws Exception {
        String number = "QX" + System.nanoTime();
        String mobile = TestPeople.mobile();
        tx.executeWithoutResult(s -> events.publishEvent(accepted(number, null, mobile)));
        SMS.failNext(3);
        outbox.deliverDue();
        assertThat(rows(number).get(0)).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        outbox.deliverDue(); // not due again before 30 s
        assertThat(rows(number).get(0)).containsEntry("attempts", 1);
        clock.advance(Duration.ofSeconds(30));
        outbox.deliverDue();
        assertThat(rows(number).get(0)).containsEntry("state", "PENDING").containsEntry("attempts", 2);
        clock.advance(Duration.ofSeconds(60));
        outbox.deliverDue();
        assertThat(rows(number).get(0)).containsEntry("state", "GAVE_UP").containsEntry("attempts", 3);
        assertThat(SMS.acceptedFor(mobile)).isEmpty();

        Person officer = new Person("t-officer-" + UUID.randomUUID(), "公安局窗口人员", "WINDOW_OFFICER",
                DemoCounty.PUBLIC_SECURITY);
        String list = SignedInRequests.page(mvc, get("/console/notifications").param("state", "GAVE_UP"), officer);
        assertThat(list).contains(number, "发送失败", "失败，已放弃", "重新发送")
                .contains(mobile.substring(0, 3) + "****").doesNotContain(mobile);
        long id = jdbc.sql("select id from notifications_message where reference = ?").param(number)
                .query(Long.class).single();

        // An officer of another unit neither sees it nor may resend it.
        Person elsewhere = new Person("t-other-" + UUID.randomUUID(), "人社局审核人员", "DEPARTMENT_REVIEWER",
                DemoCounty.HUMAN_RESOURCES);
        assertThat(SignedInRequests.page(mvc, get("/console/notifications").param("state", "GAVE_UP"), elsewhere))
                .doesNotContain(number);
        assertThat(SignedInRequests.call(mvc, post("/console/notifications/" + id + "/resend").with(csrf()), elsewhere)
                .getStatus()).isEqualTo(404);
        // A supervisor reads the list and may not resend.
        Person supervisor = new Person("t-sup-" + UUID.randomUUID(), "督查", "SUPERVISOR", DemoCounty.COUNTY);
        assertThat(SignedInRequests.page(mvc, get("/console/notifications").param("state", "GAVE_UP"), supervisor))
                .contains(number).doesNotContain("aria-label=\"重新发送");
        assertThat(SignedInRequests.call(mvc, post("/console/notifications/" + id + "/resend").with(csrf()),
                supervisor).getStatus()).isEqualTo(403);

        assertThat(SignedInRequests.call(mvc, post("/console/notifications/" + id + "/resend").with(csrf()), officer)
                .getStatus()).isEqualTo(302);
        outbox.deliverDue();
        assertThat(rows(number).get(0)).containsEntry("state", "SENT").containsEntry("attempts", 1);
        assertThat(SMS.acceptedFor(mobile)).hasSize(1);
        assertThat(outbox.attempts(List.of(id)).get(id)).extracting(DeliveryAttempt::outcome)
                .containsExactly("失败，将重试", "失败，将重试", "失败，已放弃", "已发送");
    }

    @Test
    void aWorkerWhoseLeaseRanOutCannotUndoTheNextWorkersDelivery() {
        String number = "QX" + System.nanoTime();
        String mobile = TestPeople.mobile();
        tx.executeWithoutResult(s -> events.publishEvent(accepted(number, null, mobile)));
        // a first worker claims the message and then hangs past its lease
        var now = clock.instant();
        var lease = now.plus(Message.LEASE);
        Message claimed = messages.claimDue(now, lease, 100).stream().filter(m -> number.equals(m.reference()))
                .findFirst().orElseThrow();
        clock.advance(Message.LEASE.plusSeconds(1));
        outbox.deliverDue(); // a second worker takes it over and delivers it
        assertThat(rows(number).get(0)).containsEntry("state", "SENT");
        // the first worker's late failure is dropped, not recorded over the delivery
        assertThat(messages.record(claimed.failed("timeout", clock.instant(), new DeliveryPolicy(1, Duration.ZERO)),
                lease, clock.instant(), "失败，已放弃", "timeout")).isFalse();
        assertThat(rows(number).get(0)).containsEntry("state", "SENT").containsEntry("attempts", 1);
        assertThat(SMS.acceptedFor(mobile)).hasSize(1);
    }

    @Test
    void hostileInputOnTheInboxFormAndTheConsoleIsRefusedWithoutA5xxAndStoresNothing() throws Exception {
        MockMvc edge = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("requestHygiene",
                        org.springframework.boot.web.servlet.FilterRegistrationBean.class).getFilter())
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        String login = login();
        Person me = new Person(login, "申请人", "CITIZEN", null);
        var nul = SignedInRequests.call(edge, post("/my/messages/email").param("email", "a\u0000@example.cn")
                .with(csrf()), me);
        assertThat(nul.getStatus()).isBetween(400, 499);
        var huge = SignedInRequests.call(edge, post("/my/messages/email").param("email", "a".repeat(200_000) + "@x.cn")
                .with(csrf()), me);
        assertThat(huge.getStatus()).isLessThan(500);
        var noToken = SignedInRequests.call(edge, post("/my/messages/email").param("email", "ok@example.cn"), me);
        assertThat(noToken.getStatus()).isEqualTo(403);
        assertThat(outbox.emailOf(login)).isNull();
        // a citizen has no way into the officers' list, and a made-up id answers 404, not 500
        assertThat(SignedInRequests.call(edge, get("/console/notifications"), me).getStatus()).isIn(302, 403);
        Person officer = new Person("t-officer-" + UUID.randomUUID(), "公安局窗口人员", "WINDOW_OFFICER",
                DemoCounty.PUBLIC_SECURITY);
        assertThat(SignedInRequests.call(edge, post("/console/notifications/999999999/resend").with(csrf()), officer)
                .getStatus()).isEqualTo(404);
        assertThat(SignedInRequests.call(edge, get("/console/notifications").param("state", "x\u0000"), officer)
                .getStatus()).isBetween(200, 499);
    }

    @Test
    void anInvalidEmailAddressIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
        String login = login();
        Person me = new Person(login, "申请人", "CITIZEN", null);
        var r = SignedInRequests.call(mvc, post("/my/messages/email").param("email", "不是邮箱<script>").with(csrf()),
                me);
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(outbox.emailOf(login)).isNull();
        var flash = mvc.perform(post("/my/messages/email").param("email", "not-an-address").with(csrf())
                .with(SignedInRequests.as(me))).andReturn().getFlashMap();
        assertThat(flash.get("emailError")).isEqualTo("请填写有效的电子邮箱地址，例如 name@example.com");
    }
}
