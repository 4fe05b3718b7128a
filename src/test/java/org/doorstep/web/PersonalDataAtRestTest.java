package org.doorstep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.doorstep.accounts.IdentityDocument;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.accounts.VerificationCodes;
import org.doorstep.accounts.VerificationCodes.Purpose;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.GridWorker;
import org.doorstep.organization.Organization;
import org.doorstep.platform.TextMessages;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.SmsCodes;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Finding 11 of issue 10: 身份证号 and mobile numbers given through the portal (registration, an online application,
 * an 依申请公开 application, a 点题 proposal), a certificate's holder and the grid workers' phones are nowhere in the
 * database in clear — no column of any table, the event publication log and the audit trail included — while pages
 * still show them masked.
 */
@SpringBootTest
class PersonalDataAtRestTest {

    static final String PASSWORD = VerifiedCitizens.PASSWORD;

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerificationCodes codes;
    @Autowired
    TextMessages texts;
    @Autowired
    IdentityVerification verification;
    @Autowired
    Certificates certificates;
    @Autowired
    Organization organization;

    @Test
    void numbersGivenThroughThePortalAreSealedInEveryTableAndShownMaskedOnPages() throws Exception {
        MockMvc mvc = SignedInRequests.secured(context);
        SmsCodes sms = new SmsCodes(codes, texts);
        String mobile = TestPeople.mobile();
        String id = TestPeople.residentId();

        // A citizen registers, is verified at a window, signs in and applies online with a contact number.
        mvc.perform(post("/register").with(csrf()).param("kind", "PERSON").param("name", "某某群众")
                        .param("idNumber", id).param("mobile", mobile).param("password", PASSWORD)
                        .param("passwordConfirm", PASSWORD).param("code", sms.codeFor(mobile, Purpose.REGISTER)))
                .andExpect(status().is3xxRedirection());
        VerifiedCitizens.atWindow(verification, mobile, IdentityDocument.RESIDENT_ID_CARD, id);
        MockHttpSession citizen = new MockHttpSession();
        mvc.perform(post("/login").session(citizen).with(csrf()).param("username", mobile).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/my/apply/QX-SCJG-002").session(citizen).with(csrf()).param("kind", "PERSON")
                        .param("name", "某某群众").param("idNumber", id).param("phone", mobile).param("delivery", "WINDOW"))
                .andExpect(status().is3xxRedirection());

        // Anonymous 依申请公开 and 点题 with their own numbers, proven by SMS codes.
        String applicantMobile = TestPeople.mobile();
        String applicantId = TestPeople.residentId();
        String client = SmsCodes.client();
        mvc.perform(post("/disclosure-requests/apply/code").with(csrf()).param("mobile", applicantMobile)
                .with(r -> { r.setRemoteAddr(client); return r; }));
        mvc.perform(post("/disclosure-requests/apply").with(csrf()).with(r -> { r.setRemoteAddr(client); return r; })
                        .param("applicantType", "NATURAL_PERSON").param("name", "某某申请人")
                        .param("idNumber", applicantId).param("mobile", applicantMobile)
                        .param("divisionCode", DemoCounty.COUNTY).param("description", "本县 2026 年道路养护资金的安排情况")
                        .param("delivery", "纸质文本（邮寄）").param("email", "")
                        .param("address", "")
                        .param("code", sms.lastCode(applicantMobile)))
                .andExpect(status().is3xxRedirection());
        String proposer = TestPeople.mobile();
        String topicClient = SmsCodes.client();
        mvc.perform(post("/topics/propose/code").with(csrf()).param("phone", proposer)
                .with(r -> { r.setRemoteAddr(topicClient); return r; }));
        mvc.perform(post("/topics/propose").with(csrf()).with(r -> { r.setRemoteAddr(topicClient); return r; })
                        .param("divisionCode", DemoCounty.COUNTY).param("title", "希望公开城区停车位规划")
                        .param("content", "城区停车难，希望公开停车位建设规划和进度。").param("contactName", "某先生")
                        .param("phone", proposer).param("code", sms.lastCode(proposer)))
                .andExpect(status().is3xxRedirection());

        String holder = TestPeople.residentId();
        certificates.issue(new CertificateRequest("居住证", "某某持证人", holder, DemoCounty.COUNTY, "青溪县人民政府",
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null));

        List<String> secrets = new ArrayList<>(List.of(mobile, id, applicantMobile, applicantId, proposer, holder));
        List<GridWorker> workers = organization.gridWorkers(DemoCounty.CHENGDONG_GRID_1);
        assertThat(workers).isNotEmpty();
        workers.forEach(w -> secrets.add(w.phone()));

        // Every row of every table, as text: none holds any of the numbers, nor their middle digits.
        List<String> tables = jdbc.sql("""
                select quote_ident(table_name) from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list();
        assertThat(tables).contains("accounts_citizen", "cases_case", "requests_request", "engagement_topic",
                "certificates_certificate", "organization_grid_worker", "audit_entry", "event_publication");
        for (String secret : secrets) {
            String middle = secret.substring(3, 11);
            for (String table : tables) {
                // Table names come from the catalogue, quoted.
                assertThat(jdbc.sql("select count(*) from " + table + " t where t::text like ? or t::text like ?")
                        .params("%" + secret + "%", "%" + middle + "%").query(Integer.class).single())
                        .as("%s in clear in %s", secret.substring(0, 3) + "…", table).isZero();
            }
        }

        // Pages still show them, masked.
        mvc.perform(get("/my").session(citizen))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mobile.substring(0, 3) + "****" + mobile.substring(7))))
                .andExpect(content().string(not(containsString(mobile))));
        mvc.perform(get("/my/cases").session(citizen))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))));
    }
}
