package org.doorstep.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.CitizenRegistration;
import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.LoggingTextMessages;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.TextMessages;
import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.Application;
import org.doorstep.requests.Channel;
import org.doorstep.requests.CompetentAgency;
import org.doorstep.requests.DisclosureRequest;
import org.doorstep.requests.DisclosureRequests;
import org.doorstep.requests.Outcome;
import org.doorstep.requests.RequestState;
import org.doorstep.requests.YearFigures;
import org.doorstep.support.SealedRows;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.SmsCodes;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The portal and console pages of 依申请公开 over HTTP: who may do what, and what a bad step answers. */
@SpringBootTest
@AutoConfigureMockMvc
class RequestsWebTest {

    static final TestStaff OFFICER = new TestStaff("gongkai-t", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
    static final TestStaff TOWN_OFFICER = new TestStaff("shiqiao-t", "公开专员", "DISCLOSURE_OFFICER",
            DemoCounty.SHIQIAO_TOWN);
    static final TestStaff WINDOW = new TestStaff("chuangkou-t", "窗口人员", "WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);

    @Autowired
    PersonalData sealed;
    @Autowired
    Accounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    DisclosureRequests requests;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TextMessages sms;

    @Test
    void anyoneMayApplyWithoutSigningIn() throws Exception {
        String mobile = TestPeople.mobile();
        String client = SmsCodes.client();
        assertThat(mvc.perform(post("/disclosure-requests/apply/code").with(csrf()).with(from(client))
                .param("mobile", mobile)).andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse r = mvc.perform(post("/disclosure-requests/apply").with(csrf()).with(from(client))
                .param("code", ((LoggingTextMessages) sms).lastTo(mobile).orElseThrow().code())
                .param("applicantType", "LEGAL_SERVICE").param("name", "某某律师事务所")
                .param("creditCode", TestPeople.creditCode()).param("contactName", "陈某某").param("mobile", mobile)
                .param("divisionCode", DemoCounty.MEILIN_TOWN).param("description", "梅林镇某某村土地征收补偿安置方案")
                .param("delivery", "纸质文本（邮寄）")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).isEqualTo("/disclosure-requests/submitted");
        String number = SealedRows.newest(jdbc, sealed, "requests_request", "number", "mobile", mobile);
        DisclosureRequest stored = requests.staffRequest(number, OFFICER);
        assertThat(stored.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(stored.accountLogin()).isNull();
        assertThat(stored.channel()).isEqualTo(Channel.ONLINE);
    }

    @Test
    void citizensSeeOnlyTheirOwnRequestsAndStaffOnlyTheirArea() throws Exception {
        String mobile = "136" + TestPeople.mobile().substring(3);
        UUID account = accounts.register(new CitizenRegistration("PERSON", "张某某", TestPeople.residentId(), null, null,
                mobile, VerifiedCitizens.PASSWORD, VerifiedCitizens.PASSWORD));
        TestStaff citizen = new TestStaff(Accounts.citizenLogin(account), "张某某", "CITIZEN", null);
        Application own = application(mobile);
        DisclosureRequest mine = requests.apply(own, PortalSubmitter.signedIn(citizen.username(), SmsCodes.client()));
        assertThat(page(get("/my/requests"), citizen)).contains(mine.number(), "待确认收到");
        assertThat(page(get("/my/requests/" + mine.number()), citizen)).contains("136****")
                .doesNotContain(mine.mobile());
        TestStaff other = new TestStaff(Accounts.citizenLogin(UUID.randomUUID()), "李某某", "CITIZEN", null);
        assertThat(call(get("/my/requests/" + mine.number()), other).getStatus()).isEqualTo(404);
        // another government's request answers exactly like a missing one
        MockHttpServletResponse outOfScope = call(get("/console/requests/" + mine.number()), TOWN_OFFICER);
        MockHttpServletResponse missing = call(get("/console/requests/YSQ-2026-9999"), TOWN_OFFICER);
        assertThat(outOfScope.getStatus()).isEqualTo(404);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(outOfScope.getContentAsString().replace(mine.number(), "N"))
                .isEqualTo(missing.getContentAsString().replace("YSQ-2026-9999", "N"));
        assertThat(call(get("/console/requests"), WINDOW).getStatus()).isEqualTo(403);
        assertThat(page(get("/console/requests").param("view", "all"), OFFICER)).contains(mine.number());
        // The demo county holds a request received on 2026-10-20 and still unanswered: due 2026-11-17, overdue.
        assertThat(page(get("/console/requests").param("view", "overdue"), OFFICER)).contains("2026-11-17", "已超期")
                .doesNotContain(mine.number());
    }

    @Test
    void aStepThatBreaksARuleAnswersInChineseAndChangesNothing() throws Exception {
        DisclosureRequest r = requests.register(application(), Channel.IN_PERSON, LocalDate.of(2026, 2, 2),
                new TestStaff("t", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY));
        var result = mvc.perform(post("/console/requests/" + r.number() + "/extend").with(csrf()).with(SignedInRequests.as(OFFICER))
                .param("days", "30").param("approver", "").param("reason", "理由").param("on", "2026-02-03"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String page = page(get("/console/requests/" + r.number()).flashAttrs(result.getFlashMap()), OFFICER);
        assertThat(page).contains("未办理", "延长期限最长不超过 20 个工作日", "请填写批准延期的政府信息公开工作机构负责人");
        assertThat(requests.staffRequest(r.number(), OFFICER).extension()).isNull();
        MockHttpServletResponse badDate = call(post("/console/requests/" + r.number() + "/reply").with(csrf())
                .param("outcome", "DISCLOSED").param("text", "答复").param("on", "明天"), OFFICER);
        assertThat(badDate.getStatus()).isEqualTo(302);
        assertThat(requests.staffRequest(r.number(), OFFICER).state()).isEqualTo(RequestState.PROCESSING);

        MockHttpServletResponse paper = call(post("/console/requests/new").with(csrf()).param("channel", "POST")
                .param("receivedOn", "2026-13-40").param("applicantType", "NATURAL_PERSON").param("name", ""), OFFICER);
        assertThat(paper.getStatus()).isEqualTo(200);
        paper.setCharacterEncoding("UTF-8");
        assertThat(paper.getContentAsString()).contains("日期格式应为 年-月-日");
    }

    /**
     * 条例第三十六条第（五）项: "所申请公开信息不属于本行政机关负责公开的，告知申请人并说明理由；能够确定负责公开该政府信息的
     * 行政机关的，告知申请人该行政机关的名称、联系方式". The reply names the agency or says it cannot be determined; the
     * annual report counts both with 36(4) in table 三 row (四)1.
     */
    @Test
    void aReplyThatAnotherAgencyIsResponsibleNamesThatAgencyAndItsContactInTheLetter() throws Exception {
        TestStaff staff = new TestStaff("t", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
        DisclosureRequest r = requests.register(application(), Channel.IN_PERSON, LocalDate.of(2026, 2, 2), staff);
        String reply = "/console/requests/" + r.number() + "/reply";
        // Neither the agency nor "cannot be determined": refused, nothing changes.
        var refused = mvc.perform(post(reply).with(csrf()).with(SignedInRequests.as(OFFICER))
                .param("outcome", "UNAVAILABLE_NOT_RESPONSIBLE").param("text", "该信息由县自然资源局负责公开。")
                .param("competentAgency", "").param("competentContact", "").param("on", "2026-02-09")).andReturn();
        String page = page(get("/console/requests/" + r.number()).flashAttrs(refused.getFlashMap()), OFFICER);
        assertThat(page).contains("请填写负责公开该信息的行政机关名称");
        assertThat(requests.staffRequest(r.number(), OFFICER).state()).isEqualTo(RequestState.PROCESSING);

        assertThat(call(post(reply).with(csrf()).param("outcome", "UNAVAILABLE_NOT_RESPONSIBLE")
                .param("text", "您申请的信息由县自然资源局制作并负责公开。").param("competentAgency", "青溪县自然资源局")
                .param("competentContact", "0791-88001234，青溪县城关镇某某路 8 号").param("on", "2026-02-09"), OFFICER)
                .getStatus()).isEqualTo(302);
        DisclosureRequest replied = requests.staffRequest(r.number(), OFFICER);
        assertThat(replied.reply().outcome()).isEqualTo(Outcome.UNAVAILABLE_NOT_RESPONSIBLE);
        assertThat(replied.reply().competent()).isEqualTo(
                new CompetentAgency("青溪县自然资源局", "0791-88001234，青溪县城关镇某某路 8 号"));
        String letter = page(get("/console/requests/" + r.number() + "/letter"), OFFICER);
        assertThat(letter).contains("条例第三十六条第（五）项", "无法提供（不属于本机关负责公开）",
                "负责公开该信息的行政机关：<span>青溪县自然资源局</span>，联系方式：<span>0791-88001234，青溪县城关镇某某路 8 号</span>");

        // Cannot be determined: said so in the letter.
        DisclosureRequest other = requests.register(application(), Channel.IN_PERSON, LocalDate.of(2026, 2, 2), staff);
        call(post("/console/requests/" + other.number() + "/reply").with(csrf())
                .param("outcome", "UNAVAILABLE_NOT_RESPONSIBLE").param("text", "该信息不属于本机关负责公开。")
                .param("competentAgency", "").param("competentContact", "").param("agencyUndetermined", "true")
                .param("on", "2026-02-10"), OFFICER);
        assertThat(requests.staffRequest(other.number(), OFFICER).reply().competent())
                .isEqualTo(CompetentAgency.UNDETERMINED);
        assertThat(page(get("/console/requests/" + other.number() + "/letter"), OFFICER))
                .contains("本机关无法确定负责公开该信息的行政机关");

        // Table 三 counts both in row (四)1 本机关不掌握相关政府信息, with the 36(4) replies of the year.
        YearFigures figures = requests.yearFigures(DemoCounty.COUNTY, 2026);
        assertThat(figures.concluded()).doesNotContainKey(Outcome.UNAVAILABLE_NOT_RESPONSIBLE);
        int notHeld = jdbc.sql("""
                select count(*) from requests_request where division_code = ? and applicant_type = 'NATURAL_PERSON'
                and outcome in ('UNAVAILABLE_NOT_HELD', 'UNAVAILABLE_NOT_RESPONSIBLE')
                and replied_on between date '2026-01-01' and date '2026-12-31'""")
                .param(DemoCounty.COUNTY).query(Integer.class).single();
        assertThat(figures.concluded().get(Outcome.UNAVAILABLE_NOT_HELD).get(ApplicantType.NATURAL_PERSON))
                .isEqualTo(notHeld).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRequestForAPublicationIsAnsweredUnderArticle39Paragraph2AndAConfirmationCitesNoArticle() throws Exception {
        TestStaff staff = new TestStaff("t", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
        DisclosureRequest r = requests.register(application(), Channel.IN_PERSON, LocalDate.of(2026, 3, 2), staff);
        requests.reply(r.number(), Outcome.NOT_HANDLED_PUBLICATION, "可通过县图书馆查阅《青溪县人民政府公报》。", null, null,
                LocalDate.of(2026, 3, 4), staff);
        assertThat(page(get("/console/requests/" + r.number() + "/letter"), OFFICER))
                .contains("条例》（<span>条例第三十九条第二款</span>）").doesNotContain("第三十六条第（一）项");
        DisclosureRequest c = requests.register(application(), Channel.IN_PERSON, LocalDate.of(2026, 3, 2), staff);
        requests.reply(c.number(), Outcome.NOT_HANDLED_CONFIRMATION, "您已获取该信息，本机关不再重新出具。", null, null,
                LocalDate.of(2026, 3, 4), staff);
        assertThat(page(get("/console/requests/" + c.number() + "/letter"), OFFICER)).contains("经审查，答复如下：")
                .doesNotContain("根据《中华人民共和国政府信息公开条例》");
    }

    private static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private static Application application() {
        return application("136" + TestPeople.mobile().substring(3));
    }

    private static Application application(String mobile) {
        return new Application("NATURAL_PERSON", "张某某", TestPeople.residentId(), "", "", mobile, "", "",
                DemoCounty.COUNTY, "青溪县某某道路改造工程的立项批复", "电子文档（网上查看）");
    }

    private String page(MockHttpServletRequestBuilder request, TestStaff who) throws Exception {
        return SignedInRequests.page(mvc, request, who);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, TestStaff who) throws Exception {
        return SignedInRequests.call(mvc, request, who);
    }
}
