package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The applicant's case and bundle operations over HTTP, their place in the OpenAPI document, and bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicantApiTest {

    @Autowired
    Accounts accounts;
    @Autowired
    IdentityVerification verification;

    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    int caseCount() {
        return jdbc.sql("select count(*) from cases_case").query(Integer.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/service-items", "/api/v1/service-items/{code}",
            "/api/v1/certificates/{verificationCode}", "/api/v1/my/cases", "/api/v1/my/cases/{number}",
            "/api/v1/my/cases/{number}/supplement", "/api/v1/my/bundles", "/api/v1/my/bundles/{number}",
            "/api/v1/cases/{number}/status"})
    void theOpenApiDocumentHoldsTheServiceItemCertificateAndApplicantCaseEndpoints(String path) throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['" + path + "']").exists());
    }

    @Test
    void anApplicantAppliesForTheEnterpriseStartUpBundleOnceThroughTheApiAndFollowsIt() throws Exception {
        // A verified person founds a firm (企业开办) as its legal representative: no credit code yet.
        ApplicantDetails who = CasesTest.person();
        Actor firm = new Actor(VerifiedCitizens.person(accounts, verification, who.name(), who.idNumber()),
                who.name(), "CITIZEN", null);
        String body = mvc.perform(multipart("/api/v1/my/bundles")
                        .file(new MockMultipartFile("files", "charter.pdf", "application/pdf", CasesTest.PDF))
                        .param("bundleCode", "QX-YJS-QYKB").param("kind", "FIRM").param("name", "青溪县接口测试有限公司")
                        .param("idNumber", who.idNumber()).param("phone", who.phone()).param("delivery", "ELECTRONIC")
                        .param("fact-address", "青溪县梅林镇梅林街 2 号").param("fact-capital", "50")
                        .param("fact-scope", "农产品销售").param("fact-employees", "3").param("materials", "公司章程")
                        .with(csrf()).with(authentication(firm.authentication())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subCases.length()").value(5))
                .andExpect(jsonPath("$.applicant.maskedIdNumber").value(containsString("********")))
                .andReturn().getResponse().getContentAsString();
        String number = cases.bundlesOf(firm.username()).get(0).number();
        assertThat(body).contains(number).doesNotContain(who.idNumber());
        mvc.perform(get("/api/v1/my/bundles").with(authentication(firm.authentication())))
                .andExpect(jsonPath("$[0].number").value(number));
        mvc.perform(get("/api/v1/my/bundles/" + number).with(authentication(firm.authentication())))
                .andExpect(jsonPath("$.subCases[0].state").value("SUBMITTED"));
        mvc.perform(get("/api/v1/my/bundles/" + number).with(authentication(Actor.citizen().authentication())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有这个一件事申请"));
    }

    MockMultipartHttpServletRequestBuilder application(String idNumber, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder r = multipart("/api/v1/my/cases");
        if (file != null) {
            r.file(file).param("materials", "经营场所使用证明");
        }
        r.param("itemCode", "QX-SCJG-002").param("name", "张某某").param("idNumber", idNumber)
                .param("phone", TestPeople.mobile()).param("delivery", "WINDOW");
        return r;
    }

    @Test
    void badInputAWrongIdCheckDigitAnExeRenamedPdfAnOversizedUploadAndAForgedCaseNumberGetAChineseMessageAndChangeNothing()
            throws Exception {
        String id = TestPeople.residentId();
        Actor citizen = new Actor(VerifiedCitizens.person(accounts, verification, "张某某", id), "张某某", "CITIZEN",
                null);
        int before = caseCount();
        mvc.perform(application(TestPeople.withWrongCheckDigit(id), null).with(csrf())
                        .with(authentication(citizen.authentication())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.idNumber").value(containsString("身份证号不正确")));
        mvc.perform(application(id, new MockMultipartFile("files", "lease.pdf",
                        "application/pdf", CasesTest.EXE)).with(csrf()).with(authentication(citizen.authentication())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("文件类型不符合要求")));
        byte[] big = new byte[(int) CaseWorkflow.MAX_MATERIAL_BYTES + 1];
        System.arraycopy(CasesTest.PDF, 0, big, 0, CasesTest.PDF.length);
        mvc.perform(application(id, new MockMultipartFile("files", "lease.pdf",
                        "application/pdf", big)).with(csrf()).with(authentication(citizen.authentication())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("文件过大")));
        assertThat(caseCount()).isEqualTo(before);
        assertThat(cases.casesOf(citizen.username())).isEmpty();

        // A forged case number: the applicant's API, the public API and the public page answer alike in Chinese.
        String forged = "QX20261201999998";
        mvc.perform(get("/api/v1/my/cases/" + forged).with(authentication(citizen.authentication())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("没有这个办件"));
        mvc.perform(get("/api/v1/cases/{n}/status", forged).header("X-Query-Code", "ABC234").with(r -> {
                    r.setRemoteAddr(StatusCheckRateLimitTest.client());
                    return r;
                }))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(Cases.LOOKUP_FAILED));
        mvc.perform(post("/cases/status").param("number", forged).param("verification", "ABC234").with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(StatusCheckRateLimitTest.client());
                            return r;
                        }))
                .andExpect(status().isOk()).andExpect(content().string(containsString(Cases.LOOKUP_FAILED)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("case-state"))));
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aCaseListedInTheApiNeverCarriesAnUnmaskedIdNumber() throws Exception {
        Actor citizen = Actor.citizen();
        ApplicantDetails who = CasesTest.person();
        cases.apply("QX-SCJG-002", who, org.doorstep.services.Delivery.WINDOW, List.of(), null, citizen);
        mvc.perform(get("/api/v1/my/cases").with(authentication(citizen.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(who.idNumber()))));
    }
}
