package org.doorstep.certificates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class CertificateApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Certificates certificates;

    @Test
    void aCodeAnswersTheCertificateWithPersonalDataMasked() throws Exception {
        String id = TestPeople.residentId();
        Certificate c = certificates.issue(new CertificateRequest("高龄津贴资格证明", "测试老人", id, DemoCounty.CIVIL_AFFAIRS,
                "青溪县民政局", LocalDate.of(2026, 1, 1), null, null));
        MockHttpServletResponse r = mvc.perform(get("/api/v1/certificates/" + c.verificationCode().toLowerCase()))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).doesNotContain(id).doesNotContain("测试老人");
        JsonNode v = JSON.readTree(r.getContentAsString());
        assertThat(v.get("number").asString()).isEqualTo(c.number());
        assertThat(v.get("type").asString()).isEqualTo("高龄津贴资格证明");
        assertThat(v.get("holderName").asString()).isEqualTo("测***");
        assertThat(v.get("holderIdNumber").asString()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(v.get("issuer").asString()).isEqualTo("青溪县民政局");
        assertThat(v.get("status").asString()).isEqualTo("VALID");
        assertThat(v.get("statusLabel").asString()).isEqualTo("有效");
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("validUntil").isNull()).isTrue();
        assertThat(v.get("url").asString()).isEqualTo(c.verificationPath());
    }

    @Test
    void aRevokedCertificateAnswersRevokedNotValid() throws Exception {
        JsonNode v = JSON.readTree(mvc.perform(get("/api/v1/certificates/QXZZDEMQAAAAAAA4")).andReturn().getResponse()
                .getContentAsString());
        assertThat(v.get("status").asString()).isEqualTo("REVOKED");
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("revokedOn").asString()).isEqualTo("2025-09-01");
    }

    @Test
    void anUnknownCodeIsA404AndAMalformedOneA400ProblemInChinese() throws Exception {
        MockHttpServletResponse unknown = mvc.perform(get("/api/v1/certificates/ZZZZZZZZZZZZZZZZ")).andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(unknown.getContentAsString()).get("detail").asString()).contains("未找到");

        MockHttpServletResponse malformed = mvc.perform(get("/api/v1/certificates/abc")).andReturn().getResponse();
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(malformed.getContentAsString()).get("detail").asString()).contains("16 位");
    }

    @Test
    void theVerificationIsInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/certificates/{verificationCode}");
    }
}
