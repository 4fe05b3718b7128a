package org.doorstep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doorstep.accounts.VerificationCodes;
import org.doorstep.accounts.VerificationCodes.Purpose;
import org.doorstep.engagement.TopicStatusLookup;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.TextMessages;
import org.doorstep.requests.RequestStatusLookup;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.SmsCodes;
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
 * Anonymous 依申请公开 and 点题 applicants follow their application with its number and the query code shown on the
 * acknowledgement page (issue 13, item 6): over HTTP, without signing in; a wrong code answers exactly as an unknown
 * number, and a client that keeps guessing is refused (429) before the code is even compared.
 */
@SpringBootTest
class AnonymousFollowUpTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    VerificationCodes codes;
    @Autowired
    TextMessages sms;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
    }

    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder r, String client) {
        return r.with(csrf()).with(request -> {
            request.setRemoteAddr(client);
            return request;
        });
    }

    static String text(MockHttpServletResponse r) throws Exception {
        r.setCharacterEncoding("UTF-8");
        return r.getContentAsString();
    }

    /** The number and query code as the acknowledgement page shows them. */
    String[] acknowledged(MvcResult submitted, String page) throws Exception {
        assertThat(submitted.getResponse().getStatus()).as(text(submitted.getResponse())).isEqualTo(302);
        String html = text(mvc.perform(get(page).flashAttrs(submitted.getFlashMap())).andReturn().getResponse());
        Matcher number = Pattern.compile("<strong>((?:YSQ|DT)[-0-9A-Z]+)</strong>").matcher(html);
        Matcher code = Pattern.compile("class=\"query-code-value\">([A-Z0-9]{6})<").matcher(html);
        assertThat(number.find()).as(html).isTrue();
        assertThat(code.find()).as("the query code is on the acknowledgement page").isTrue();
        return new String[] {number.group(1), code.group(1)};
    }

    String lookUp(String path, String number, String code, String client, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(from(post(path), client).param("number", number)
                .param("queryCode", code)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(status);
        return text(r);
    }

    @Test
    void anAnonymousApplicantFollowsTheRequestByNumberAndQueryCode() throws Exception {
        String mobile = TestPeople.mobile();
        String client = SmsCodes.client();
        String smsCode = new SmsCodes(codes, sms).codeFor(mobile, Purpose.ANONYMOUS_FORM);
        MvcResult applied = mvc.perform(from(post("/disclosure-requests/apply"), client)
                .param("applicantType", "NATURAL_PERSON").param("name", "王某某")
                .param("idNumber", TestPeople.residentId()).param("mobile", mobile)
                .param("address", "青溪县某某路 3 号").param("divisionCode", DemoCounty.COUNTY)
                .param("description", "2026 年青溪县农村公路养护资金的分配文件").param("delivery", "电子文档（网上查看）")
                .param("code", smsCode)).andReturn();
        String[] ack = acknowledged(applied, "/disclosure-requests/submitted");

        assertThat(text(mvc.perform(get("/disclosure-requests/status")).andReturn().getResponse()))
                .contains("type=\"text\" id=\"queryCode\"");
        // Typed in lower case, with spaces: still found; no personal data on the page.
        String found = lookUp("/disclosure-requests/status", " " + ack[0].toLowerCase() + " ",
                ack[1].toLowerCase(), SmsCodes.client(), 200);
        assertThat(found).contains("查询结果").contains(ack[0]).contains("待确认收到").doesNotContain("王某某")
                .doesNotContain(mobile);

        String wrong = ack[1].equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
        String guesser = SmsCodes.client();
        String wrongCode = lookUp("/disclosure-requests/status", ack[0], wrong, guesser, 200);
        String unknown = lookUp("/disclosure-requests/status", "YSQ-1999-9999", ack[1], guesser, 200);
        assertThat(wrongCode).contains(RequestStatusLookup.LOOKUP_FAILED).doesNotContain("查询结果");
        assertThat(unknown).contains(RequestStatusLookup.LOOKUP_FAILED);
        for (int i = 0; i < 3; i++) {
            lookUp("/disclosure-requests/status", ack[0], wrong, guesser, 200);
        }
        // Five failures used up: even the right code is refused for this client now, and says nothing.
        assertThat(lookUp("/disclosure-requests/status", ack[0], ack[1], guesser, 429))
                .contains("查询失败次数过多").doesNotContain("查询结果");
    }

    @Test
    void anAnonymousProposerFollowsTheTopicByNumberAndQueryCode() throws Exception {
        String mobile = TestPeople.mobile();
        String client = SmsCodes.client();
        String smsCode = new SmsCodes(codes, sms).codeFor(mobile, Purpose.ANONYMOUS_FORM);
        MvcResult proposed = mvc.perform(from(post("/topics/propose"), client)
                .param("divisionCode", DemoCounty.SHIQIAO_TOWN).param("title", "石桥镇集镇停车场建设计划")
                .param("content", "希望公开石桥镇集镇停车场的选址、资金和建设时间。").param("contactName", "一位居民")
                .param("phone", mobile).param("code", smsCode)).andReturn();
        String[] ack = acknowledged(proposed, "/topics/submitted");

        String found = lookUp("/topics/status", ack[0], ack[1], SmsCodes.client(), 200);
        assertThat(found).contains("查询结果").contains("石桥镇集镇停车场建设计划").contains("待受理")
                .doesNotContain(mobile);
        assertThat(lookUp("/topics/status", ack[0], "ZZZZZ9".equals(ack[1]) ? "ZZZZZ8" : "ZZZZZ9",
                SmsCodes.client(), 200)).contains(TopicStatusLookup.LOOKUP_FAILED);
        assertThat(lookUp("/topics/status", ack[0], "<script>", SmsCodes.client(), 200))
                .contains(TopicStatusLookup.LOOKUP_FAILED).doesNotContain("<script>");
    }
}
