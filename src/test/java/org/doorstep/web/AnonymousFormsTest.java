package org.doorstep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.LoggingTextMessages;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.TextMessage;
import org.doorstep.platform.TextMessages;
import org.doorstep.support.MovableClock;
import org.doorstep.support.SealedRows;
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
 * Finding 7 of issue 10 reproduced over HTTP: the anonymous 依申请公开 and 点题 forms once texted one number 607 times
 * in 20 s with the attacker's words. Now a mobile number is taken only with the code sent to it, codes and
 * submissions are limited per number, per client and per contact, and no text message quotes what a citizen wrote.
 */
@SpringBootTest
// a clock that stands still, so no minute boundary falls inside a flood and lets a second code through
@Import(MovableClock.Config.class)
class AnonymousFormsTest {

    static final String ATTACKER_TITLE = "您的医保已停用请回电领取补贴";

    @Autowired
    org.doorstep.notifications.Outbox outbox;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TextMessages textMessages;
    @Autowired
    PersonalData sealed;

    MockMvc mvc;
    LoggingTextMessages sms;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        sms = (LoggingTextMessages) textMessages;
    }

    @Test
    void theFloodOfTopicsToOneNumberSendsNoSmsAndStoresNothing() throws Exception {
        String victim = TestPeople.mobile();
        int topicsBefore = count("engagement_topic");
        String client = SmsCodes.client();
        for (int i = 0; i < 30; i++) {
            MockHttpServletResponse r = send(topic(victim).param("code", i % 2 == 0 ? "" : "123456"), client);
            assertThat(r.getStatus()).isLessThan(500);
            assertThat(r.getContentAsString()).containsAnyOf("请先点“获取验证码”", "验证码不正确或已失效", "提交过于频繁");
        }
        // and asking for codes instead: one SMS, with no word of the attacker's, then 429
        for (int i = 0; i < 30; i++) {
            MockHttpServletResponse r = send(topic("/topics/propose/code", victim), client);
            assertThat(r.getStatus()).isEqualTo(i == 0 ? 200 : 429);
        }
        assertThat(count("engagement_topic")).isEqualTo(topicsBefore);
        assertThat(sms.sentTo(victim)).singleElement().satisfies(m -> {
            assertThat(m.template()).isEqualTo(TextMessage.Template.VERIFICATION_CODE);
            assertThat(m.text()).doesNotContain(ATTACKER_TITLE);
        });
    }

    @Test
    void anApplicationWithAMobileButWithoutItsCodeStoresNothingAndTextsNobody() throws Exception {
        String mobile = TestPeople.mobile();
        int before = count("requests_request");
        MockHttpServletResponse r = send(application(mobile, "", ""), SmsCodes.client());
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("请先点“获取验证码”，并填写发到该手机号的短信验证码");
        assertThat(count("requests_request")).isEqualTo(before);
        assertThat(sms.sentTo(mobile)).isEmpty();
    }

    @Test
    void anApplicationWithTheCodeIsStoredAndItsSmsNamesOnlyTheNumber() throws Exception {
        String mobile = TestPeople.mobile();
        String client = SmsCodes.client();
        assertThat(send(application("/disclosure-requests/apply/code", mobile, "", ""), client).getContentAsString())
                .contains("验证码已发送至 " + mobile.substring(0, 3) + "****");
        String code = sms.lastTo(mobile).orElseThrow().code();
        MockHttpServletResponse r = send(application(mobile, "", "").param("code", code), client);
        assertThat(r.getRedirectedUrl()).isEqualTo("/disclosure-requests/submitted");
        String number = SealedRows.newest(jdbc, sealed, "requests_request", "number", "mobile", mobile);
        outbox.deliverDue();
        assertThat(sms.lastTo(mobile).orElseThrow().text()).contains(number).doesNotContain("资金安排");
    }

    @Test
    void anApplicantWithoutAMobileAppliesWithAnAddressAndIsSentNoSms() throws Exception {
        int before = count("requests_request");
        MockHttpServletResponse r = send(application("", "", "青溪县城关镇某某路 8 号"), SmsCodes.client());
        assertThat(r.getRedirectedUrl()).isEqualTo("/disclosure-requests/submitted");
        assertThat(count("requests_request")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select mobile from requests_request order by id desc limit 1").query(String.class)
                .optional()).isEmpty();
        // nothing at all given to reach the applicant is refused
        MockHttpServletResponse none = send(application("", "", ""), SmsCodes.client());
        assertThat(none.getContentAsString()).contains("请填写手机号；没有手机的，请填写电子邮箱或通信地址");
    }

    @Test
    void oneClientIsLimitedToTenSubmissionsAnHour() throws Exception {
        String client = SmsCodes.client();
        int before = count("requests_request");
        for (int i = 0; i < 10; i++) {
            assertThat(send(application("", "", "青溪县某某路 " + i + " 号"), client).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse refused = send(application("", "", "青溪县某某路 11 号"), client);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("提交过于频繁，请稍后再试");
        assertThat(count("requests_request")).isEqualTo(before + 10);
    }

    @Test
    void oneEmailAddressIsLimitedToFiveSubmissionsADayWhoeverSendsThem() throws Exception {
        String email = "t" + System.nanoTime() + "@example.cn";
        for (int i = 0; i < 5; i++) {
            assertThat(send(application("", email, ""), SmsCodes.client()).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse refused = send(application("", email, ""), SmsCodes.client());
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("该联系方式今日提交次数已达上限");
    }

    @Test
    void aTopicWithItsCodeIsToldByNumberNeverByItsTitle() throws Exception {
        String mobile = TestPeople.mobile();
        String client = SmsCodes.client();
        send(topic("/topics/propose/code", mobile), client);
        String code = sms.lastTo(mobile).orElseThrow().code();
        assertThat(send(topic(mobile).param("code", code), client).getRedirectedUrl()).isEqualTo("/topics/submitted");
        String number = SealedRows.newest(jdbc, sealed, "engagement_topic", "number", "phone", mobile);
        outbox.deliverDue();
        TextMessage told = sms.lastTo(mobile).orElseThrow();
        assertThat(told.template()).isEqualTo(TextMessage.Template.NOTICE);
        assertThat(told.text()).contains(number).doesNotContain(ATTACKER_TITLE);
        assertThat(told.params().values()).noneMatch(v -> v.contains(ATTACKER_TITLE));
    }

    @Test
    void aTopicWithALandlineNeedsNoCodeAndTextsNobody() throws Exception {
        int before = count("engagement_topic");
        MockHttpServletResponse r = send(topic("0791-88123456"), SmsCodes.client());
        assertThat(r.getRedirectedUrl()).isEqualTo("/topics/submitted");
        assertThat(count("engagement_topic")).isEqualTo(before + 1);
    }

    private MockHttpServletRequestBuilder topic(String phone) {
        return topic("/topics/propose", phone);
    }

    private MockHttpServletRequestBuilder topic(String path, String phone) {
        return post(path).param("divisionCode", DemoCounty.COUNTY).param("title", ATTACKER_TITLE)
                .param("content", ATTACKER_TITLE + "，详情请回电。这是攻击者写的内容。").param("contactName", "张先生")
                .param("phone", phone);
    }

    private MockHttpServletRequestBuilder application(String mobile, String email, String address) {
        return application("/disclosure-requests/apply", mobile, email, address);
    }

    private MockHttpServletRequestBuilder application(String path, String mobile, String email, String address) {
        return post(path).param("applicantType", "NATURAL_PERSON").param("name", "张某某")
                .param("idNumber", TestPeople.residentId()).param("mobile", mobile).param("email", email)
                .param("address", address).param("divisionCode", DemoCounty.COUNTY)
                .param("description", "青溪县城区老旧小区改造项目的资金安排").param("delivery", "纸质文本（邮寄）");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String client) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(csrf()).with(req -> {
            req.setRemoteAddr(client);
            return req;
        })).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
