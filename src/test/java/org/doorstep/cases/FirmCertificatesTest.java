package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.Certificates;
import org.doorstep.platform.FieldErrors;
import org.doorstep.services.Delivery;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** A firm's certificates are held under its 统一社会信用代码, not under the person who signed in or signed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirmCertificatesTest {

    static final String PASSWORD = "Qingxi2026pass";

    @Autowired
    Cases cases;
    @Autowired
    Certificates certificates;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityVerification verification;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    /** A registered firm account, its business licence verified at a window, signed in by its mobile number. */
    Actor firm(String name, String creditCode) {
        return new Actor(VerifiedCitizens.firm(accounts, verification, name, creditCode), name, "CITIZEN", null);
    }

    static Upload pdf(String material) {
        return new Upload(material, new ByteArrayInputStream(CasesTest.PDF), "m.pdf");
    }

    @Test
    void aFirmsCertificateIsHeldUnderItsCreditCodeShownAtMyCertificatesAndUsedForCertificateFreeItems()
            throws Exception {
        String creditCode = TestPeople.creditCode();
        Actor firm = firm("青溪县证照测试有限公司", creditCode);
        String legalRep = TestPeople.residentId();
        ApplicantDetails who = new ApplicantDetails("FIRM", "青溪县证照测试有限公司", legalRep, TestPeople.mobile(),
                creditCode.toLowerCase());
        Case c = cases.apply("QX-SCJG-001", who, Delivery.ELECTRONIC, List.of(pdf("公司登记（备案）申请书"),
                pdf("公司章程"), pdf("股东的主体资格证明或自然人身份证明"), pdf("法定代表人、董事、监事和经理的任职文件"),
                pdf("住所使用相关文件")), null, firm);
        assertThat(c.applicant().creditCode()).isEqualTo(creditCode);
        cases.accept(c.number(), null, Actor.market());
        cases.review(c.number(), null, Actor.market());
        cases.approve(c.number(), "准予登记", Actor.market());
        Case done = cases.deliver(c.number(), Delivery.ELECTRONIC, null, null, Actor.market());

        Certificate licence = certificates.verify(done.certificates().get(0).verificationCode()).orElseThrow();
        assertThat(licence.type()).isEqualTo("营业执照");
        assertThat(licence.holderIdNumber()).isEqualTo(creditCode);
        assertThat(certificates.heldBy(legalRep)).isEmpty();

        // The firm sees it among its own certificates.
        mvc.perform(get("/my/certificates").with(authentication(firm.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(licence.number())));
        // The person who signed as legal representative, verified with that ID number, does not hold it.
        Actor person = new Actor(VerifiedCitizens.person(accounts, verification, "某法定代表人", legalRep), "某法定代表人",
                "CITIZEN", null);
        mvc.perform(get("/my/certificates").with(authentication(person.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(licence.number()))));

        // 免证办: 公章刻制备案 finds the firm's 营业执照 by its code, even with a new legal representative …
        ApplicantDetails sameFirm = new ApplicantDetails("FIRM", "青溪县证照测试有限公司", TestPeople.residentId(),
                TestPeople.mobile(), creditCode);
        Case seal = cases.apply("QX-ZWFW-002", sameFirm, Delivery.WINDOW, List.of(pdf("法定代表人身份证明")), null, firm);
        assertThat(seal.materials()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("营业执照");
            assertThat(m.fileName()).contains("电子证照核验：营业执照", licence.number());
        });
        // … while another firm of the same legal representative gets no such proof.
        ApplicantDetails otherFirm = new ApplicantDetails("FIRM", "青溪县另一测试有限公司", legalRep, TestPeople.mobile(),
                TestPeople.creditCode());
        Case other = cases.apply("QX-ZWFW-002", otherFirm, Delivery.WINDOW, List.of(pdf("法定代表人身份证明")), null,
                Actor.citizen());
        assertThat(other.materials()).noneMatch(m -> m.name().equals("营业执照"));
    }

    @Test
    void aFirmMustGiveAValidCreditCodeWithItsCheckCharacterAndNothingIsStoredOtherwise() throws Exception {
        String good = TestPeople.creditCode();
        Actor firm = firm("青溪县校验测试有限公司", good);
        int before = jdbc.sql("select count(*) from cases_case").query(Integer.class).single();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        for (String code : new String[] {null, wrongCheck, "91361199MA35QXSZ0X"}) {
            ApplicantDetails who = new ApplicantDetails("FIRM", "青溪县校验测试有限公司", TestPeople.residentId(),
                    TestPeople.mobile(), code);
            assertThatThrownBy(() -> cases.apply("QX-ZWFW-002", who, Delivery.WINDOW, List.of(), null, firm))
                    .isInstanceOfSatisfying(FieldErrors.InvalidFieldsException.class,
                            e -> assertThat(e.errors().get("creditCode")).contains("统一社会信用代码"));
        }
        // The form re-renders with the message and keeps what was typed.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/my/apply/QX-ZWFW-002")
                        .param("kind", "FIRM").param("name", "青溪县校验测试有限公司")
                        .param("idNumber", TestPeople.residentId()).param("phone", TestPeople.mobile())
                        .param("creditCode", wrongCheck).param("delivery", "WINDOW")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(authentication(firm.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码不正确")))
                .andExpect(content().string(containsString("value=\"" + wrongCheck + "\"")));
        assertThat(jdbc.sql("select count(*) from cases_case").query(Integer.class).single()).isEqualTo(before);
    }
}
