package org.doorstep.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.CitizenRegistration;
import org.doorstep.platform.LoggingTextMessages;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.TextMessage;
import org.doorstep.platform.TextMessages;
import org.doorstep.support.MovableClock;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.SmsCodes;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Registration and 忘记密码 over HTTP through the real filter chain: nothing is stored without the SMS code, a code
 * has 5 tries and 5 minutes, a flood of code requests is refused with 429, and no answer tells whether a number is
 * registered.
 */
@SpringBootTest
// a clock that stands still (and moves when told), so no minute boundary falls inside a flood
@Import(MovableClock.Config.class)
class SmsCodeRegistrationTest {

    static final String PASSWORD = "Qingxi2026pass";

    @Autowired
    org.doorstep.platform.PersonalData sealed;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TextMessages textMessages;
    @Autowired
    Accounts accounts;
    @Autowired
    MovableClock clock;

    MockMvc mvc;
    LoggingTextMessages sms;
    String client;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        sms = (LoggingTextMessages) textMessages;
        client = SmsCodes.client();
    }

    @Test
    void theRightCodeRegistersAndAWrongOneStoresNothing() throws Exception {
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();
        assertThat(send(post("/register/code").params(person(mobile, id))).getContentAsString())
                .contains("短信已发送至 " + mobile.substring(0, 3) + "****" + mobile.substring(7));
        String code = sms.lastTo(mobile).orElseThrow().code();
        assertThat(code).matches("\\d{6}");

        MockHttpServletResponse wrong = send(post("/register").params(person(mobile, id)).param("code", other(code)));
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("验证码不正确或已失效，请重新获取");
        assertThat(citizens(mobile)).isZero();

        // The right code: registered and signed in at once, in a session with a new id (against fixation).
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        String before = session.getId();
        var done = mvc.perform(post("/register").params(person(mobile, id)).param("code", code).session(session)
                .with(csrf()).with(req -> {
                    req.setRemoteAddr(client);
                    return req;
                })).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/my");
        assertThat(citizens(mobile)).isOne();
        assertThat(session.getId()).as("the session id is rotated").isNotEqualTo(before);
        var saved = (org.springframework.security.core.context.SecurityContext) session
                .getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(saved).as("the signed-in context is kept in the session").isNotNull();
        assertThat(saved.getAuthentication().getAuthorities()).extracting(a -> a.getAuthority())
                .contains("ROLE_CITIZEN");
        MockHttpServletResponse my = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/my").session(session).flashAttrs(done.getFlashMap())).andReturn().getResponse();
        my.setCharacterEncoding("UTF-8");
        assertThat(my.getStatus()).isEqualTo(200);
        assertThat(my.getContentAsString()).contains("注册成功，已为您登录");
        // A code works once.
        assertThat(send(post("/register").params(person(mobile, id)).param("code", code)).getContentAsString())
                .contains("验证码不正确或已失效");
    }

    @Test
    void theSixthTryIsRefusedEvenWithTheRightCode() throws Exception {
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();
        send(post("/register/code").params(person(mobile, id)));
        String code = sms.lastTo(mobile).orElseThrow().code();
        for (int i = 0; i < 5; i++) {
            assertThat(send(post("/register").params(person(mobile, id)).param("code", other(code)))
                    .getContentAsString()).contains("验证码不正确或已失效");
        }
        assertThat(send(post("/register").params(person(mobile, id)).param("code", code)).getContentAsString())
                .contains("验证码不正确或已失效");
        assertThat(citizens(mobile)).isZero();
    }

    @Test
    void aCodeOlderThanFiveMinutesIsRefused() throws Exception {
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();
        send(post("/register/code").params(person(mobile, id)));
        String code = sms.lastTo(mobile).orElseThrow().code();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(send(post("/register").params(person(mobile, id)).param("code", code)).getContentAsString())
                .contains("验证码不正确或已失效");
        assertThat(citizens(mobile)).isZero();
    }

    @Test
    void aFloodOfCodeRequestsForOneNumberGetsOneSmsAndThen429() throws Exception {
        String mobile = TestPeople.mobile();
        int before = sms.sentTo(mobile).size();
        MockHttpServletResponse first = send(post("/register/code").param("kind", "PERSON").param("mobile", mobile));
        assertThat(first.getStatus()).isEqualTo(200);
        for (int i = 0; i < 15; i++) {
            // every request from another address: the number's own limit holds whoever asks
            MockHttpServletResponse again = mvc.perform(post("/register/code").with(csrf())
                    .with(r -> { r.setRemoteAddr(SmsCodes.client()); return r; })
                    .param("kind", "PERSON").param("mobile", mobile)).andReturn().getResponse();
            again.setCharacterEncoding("UTF-8");
            assertThat(again.getStatus()).isEqualTo(429);
            assertThat(again.getContentAsString()).contains("获取验证码过于频繁，请 60 秒后再试");
        }
        assertThat(sms.sentTo(mobile)).hasSize(before + 1);
    }

    @Test
    void parallelCodeRequestsForOneNumberStillSendOneSms() throws Exception {
        String mobile = TestPeople.mobile();
        int threads = 12;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/register/code").with(csrf())
                            .with(r -> { r.setRemoteAddr(SmsCodes.client()); return r; })
                            .param("kind", "PERSON").param("mobile", mobile)).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200, 429);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sms.sentTo(mobile)).hasSize(1);
    }

    @Test
    void oneClientAskingForManyNumbersIsStoppedAfterTwentyAnHour() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(send(post("/register/code").param("kind", "PERSON").param("mobile", TestPeople.mobile()))
                    .getStatus()).isEqualTo(200);
        }
        String mobile = TestPeople.mobile();
        MockHttpServletResponse refused = send(post("/register/code").param("kind", "PERSON").param("mobile", mobile));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("本机获取验证码过于频繁");
        assertThat(sms.lastTo(mobile)).isEmpty();
    }

    @Test
    void aRegisteredAndAnUnregisteredNumberGetTheSameAnswers() throws Exception {
        String registered = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "已注册群众", TestPeople.residentId(), null, null, registered,
                PASSWORD, PASSWORD));
        String unregistered = TestPeople.mobile();
        String id = TestPeople.residentId();

        List<String> pages = List.of(registered, unregistered).stream().map(m -> {
            try {
                String step1 = send(post("/register/code").params(person(m, id))).getContentAsString();
                String step2 = send(post("/register").params(person(m, id)).param("code", "000000"))
                        .getContentAsString();
                return (step1 + step2).replace(m, "N").replace(masked(m), "M");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(withoutCsrf(pages.get(0))).isEqualTo(withoutCsrf(pages.get(1)));
        assertThat(pages.get(0)).doesNotContain("已注册");

        // Only the SMS differs: the registered number is told it has an account, and gets no code.
        TextMessage toRegistered = sms.lastTo(registered).orElseThrow();
        assertThat(toRegistered.template()).isEqualTo(TextMessage.Template.ALREADY_REGISTERED);
        assertThat(toRegistered.code()).isNull();
        assertThat(sms.lastTo(unregistered).orElseThrow().code()).matches("\\d{6}");
    }

    @Test
    void signInFailsAlikeForAnUnknownAndAKnownLogin() throws Exception {
        String known = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "测试群众", TestPeople.residentId(), null, null, known,
                PASSWORD, PASSWORD));
        MockHttpServletResponse wrongPassword = send(post("/login").param("username", known)
                .param("password", "Wrong2026pass"));
        MockHttpServletResponse unknown = send(post("/login").param("username", TestPeople.mobile())
                .param("password", "Wrong2026pass"));
        assertThat(wrongPassword.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknown.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aForgottenPasswordIsResetWithTheCodeAndAnUnknownNumberGetsTheSameAnswerButNoSms() throws Exception {
        String registered = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "测试群众", TestPeople.residentId(), null, null, registered,
                PASSWORD, PASSWORD));
        String unknown = TestPeople.mobile();

        String a = send(post("/password/forgot/code").param("mobile", registered)).getContentAsString();
        String b = send(post("/password/forgot/code").param("mobile", unknown)).getContentAsString();
        assertThat(withoutCsrf(a.replace(registered, "N").replace(masked(registered), "M")))
                .isEqualTo(withoutCsrf(b.replace(unknown, "N").replace(masked(unknown), "M")))
                .contains("如该手机号已注册，验证码已发送至 M");
        assertThat(sms.lastTo(unknown)).isEmpty();
        String code = sms.lastTo(registered).orElseThrow().code();

        String newPassword = "Meilin2027pass";
        String wrongForUnknown = send(post("/password/forgot").param("mobile", unknown).param("code", "123456")
                .param("newPassword", newPassword).param("newPasswordConfirm", newPassword)).getContentAsString();
        String wrongForKnown = send(post("/password/forgot").param("mobile", registered).param("code", other(code))
                .param("newPassword", newPassword).param("newPasswordConfirm", newPassword)).getContentAsString();
        assertThat(withoutCsrf(wrongForUnknown.replace(unknown, "N")))
                .isEqualTo(withoutCsrf(wrongForKnown.replace(registered, "N"))).contains("验证码不正确或已失效");

        assertThat(send(post("/password/forgot").param("mobile", registered).param("code", code)
                .param("newPassword", newPassword).param("newPasswordConfirm", newPassword)).getRedirectedUrl())
                .isEqualTo("/login?reset=");
        assertThat(send(post("/login").param("username", registered).param("password", newPassword))
                .getRedirectedUrl()).isEqualTo("/my");
        assertThat(send(post("/login").param("username", registered).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/login?error");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(csrf()).with(req -> {
            req.setRemoteAddr(client);
            return req;
        })).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private static org.springframework.util.MultiValueMap<String, String> person(String mobile, String id) {
        var m = new org.springframework.util.LinkedMultiValueMap<String, String>();
        m.add("kind", "PERSON");
        m.add("name", "测试群众");
        m.add("idNumber", id);
        m.add("mobile", mobile);
        m.add("password", PASSWORD);
        m.add("passwordConfirm", PASSWORD);
        return m;
    }

    private int citizens(String mobile) {
        return jdbc.sql("select count(*) from accounts_citizen where mobile_hash = ?")
                .param(sealed.lookupHash(Kind.PHONE, mobile)).query(Integer.class)
                .single();
    }

    /** Another 6-digit code than the one sent. */
    private static String other(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    /** The page without its per-request CSRF token. */
    private static String withoutCsrf(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }
}
