package org.doorstep.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 10 finding 1, from the outside: a 身份证号 or 统一社会信用代码 typed at registration is only claimed. Whoever
 * claims someone else's number sees none of their certificates, cannot apply under it, and cannot get it verified;
 * a verified account cannot file under another firm's code or borrow its certificate for 免证办. Every attempt is
 * refused in Chinese, stores nothing and never answers 5xx.
 */
@SpringBootTest
class IdentityClaimsTest {

    static final String PASSWORD = VerifiedCitizens.PASSWORD;
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();

    @Autowired
    org.doorstep.platform.PersonalData sealed;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityVerification verification;
    @Autowired
    Certificates certificates;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    record Citizen(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {
        static Citizen of(String mobile) {
            return new Citizen(mobile, "测试", "CITIZEN", null);
        }
    }

    /** Registers through the real form and signs in through the real form; returns the signed-in session. */
    MockHttpSession registerAndSignIn(String... fields) throws Exception {
        MockHttpServletRequestBuilder register = post("/register").with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            register.param(fields[i], fields[i + 1]);
        }
        String mobile = fields[java.util.Arrays.asList(fields).indexOf("mobile") + 1];
        register.param("code", smsCode(mobile));
        mvc.perform(register).andExpect(status().is3xxRedirection());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", mobile).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    @Autowired
    org.doorstep.accounts.VerificationCodes codes;
    @Autowired
    org.doorstep.platform.TextMessages texts;

    /** The registration code the person reads off the SMS. */
    String smsCode(String mobile) {
        return new org.doorstep.support.SmsCodes(codes, texts).codeFor(mobile,
                org.doorstep.accounts.VerificationCodes.Purpose.REGISTER);
    }

    int caseCount() {
        return jdbc.sql("select count(*) from cases_case").query(Integer.class).single();
    }

    /** The verification level of the account of a mobile number or a login. */
    String level(String mobileOrLogin) {
        return jdbc.sql("select verification_level from accounts_citizen where mobile_hash = ? or 'c-' || id = ?")
                .params(sealed.lookupHash(Kind.PHONE, mobileOrLogin), mobileOrLogin).query(String.class).single();
    }

    String loginOf(String mobile) {
        return jdbc.sql("select 'c-' || id from accounts_citizen where mobile_hash = ?")
                .param(sealed.lookupHash(Kind.PHONE, mobile)).query(String.class).single();
    }

    @Test
    void registeringWithSomeoneElsesIdNumberShowsNoneOfTheirCertificatesAndFilesNothing() throws Exception {
        String victimId = TestPeople.residentId();
        VerifiedCitizens.person(accounts, verification, "王某某", victimId);
        Certificate permit = certificates.issue(new CertificateRequest("居住证", "王某某", victimId, DemoCounty.COUNTY,
                "青溪县人民政府", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null));

        // The stranger registers with the victim's number (a valid check digit is all the form can check) …
        String mobile = TestPeople.mobile();
        MockHttpSession stranger = registerAndSignIn("kind", "PERSON", "name", "王某某", "idNumber", victimId,
                "mobile", mobile, "password", PASSWORD, "passwordConfirm", PASSWORD);
        assertThat(level(mobile)).isEqualTo("MOBILE_VERIFIED");

        // … and sees an explanation instead of the victim's certificates, on the page and in "我的".
        mvc.perform(get("/my/certificates").session(stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您的账号尚未完成实名核验")))
                .andExpect(content().string(not(containsString(permit.number()))))
                .andExpect(content().string(not(containsString("居住证</td>"))));
        mvc.perform(get("/my").session(stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("手机号已验证，证件号码未核验")));

        // The application form explains how to verify instead of offering itself; the API refuses; nothing is stored.
        int before = caseCount();
        mvc.perform(get("/my/apply/QX-SCJG-002").session(stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("到任一政务服务窗口核验")))
                .andExpect(content().string(not(containsString("提交申请"))));
        mvc.perform(multipart("/api/v1/my/cases").session(stranger).with(csrf())
                        .param("itemCode", "QX-SCJG-002").param("name", "王某某").param("idNumber", victimId)
                        .param("phone", mobile).param("delivery", "WINDOW"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("尚未完成实名核验")));
        mvc.perform(multipart("/my/apply/QX-SCJG-002").session(stranger).with(csrf())
                        .param("kind", "PERSON").param("name", "王某某").param("idNumber", victimId)
                        .param("phone", mobile).param("delivery", "WINDOW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("尚未完成实名核验")));
        assertThat(caseCount()).isEqualTo(before);

        // A window officer cannot verify the number for the stranger either: it is the victim's, verified.
        assertThatThrownBy(() -> VerifiedCitizens.atWindow(verification, mobile, IdentityDocument.RESIDENT_ID_CARD,
                victimId)).isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.errors().get("number")).contains("已由另一个账号完成实名核验"));
        assertThat(level(mobile)).isEqualTo("MOBILE_VERIFIED");
        assertThat(accounts.holderIdentifier(loginOf(mobile))).isEmpty();
    }

    @Test
    void theDatabaseItselfHoldsOneVerifiedAccountPerNumber() {
        String id = TestPeople.residentId();
        VerifiedCitizens.person(accounts, verification, "李某某", id);
        String second = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "李某某", id, null, null, second, PASSWORD, PASSWORD));
        // Whatever the code does, the partial unique index refuses a second verified holder.
        assertThatThrownBy(() -> jdbc.sql("""
                update accounts_citizen set verification_level = 'IDENTITY_VERIFIED', verified_method = 'WINDOW',
                       verified_at = now() where mobile_hash = ?""").param(sealed.lookupHash(Kind.PHONE, second)).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aSquattersClaimOnAFirmsCodeDoesNotLockTheFirmOutAndCanNeverBeVerified() throws Exception {
        String code = TestPeople.creditCode();
        String squatter = TestPeople.mobile();
        accounts.register(new CitizenRegistration("FIRM", "冒名公司", null, code, "某人", squatter, PASSWORD, PASSWORD));
        // The real firm still registers and is verified with its licence.
        String firm = VerifiedCitizens.firm(accounts, verification, "青溪县真实测试有限公司", code);
        assertThat(level(firm)).isEqualTo("IDENTITY_VERIFIED");
        assertThatThrownBy(() -> VerifiedCitizens.atWindow(verification, squatter, IdentityDocument.BUSINESS_LICENCE,
                code)).isInstanceOf(InvalidFieldsException.class);
        assertThat(level(squatter)).isEqualTo("MOBILE_VERIFIED");
        // Once verified, the code can no longer be claimed at registration; the form says why and stores nothing.
        String late = TestPeople.mobile();
        mvc.perform(post("/register").with(csrf()).param("kind", "FIRM").param("name", "又一冒名公司")
                        .param("creditCode", code).param("contactName", "某人").param("mobile", late)
                        .param("password", PASSWORD).param("passwordConfirm", PASSWORD)
                        .param("code", smsCode(late)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已由一个完成实名核验的企业账号使用")));
        assertThat(jdbc.sql("select count(*) from accounts_citizen where mobile_hash = ?")
                .param(sealed.lookupHash(Kind.PHONE, late))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aVerifiedAccountCannotApplyUnderAnotherFirmsCodeNorUseItsCertificateForCertificateFreeItems()
            throws Exception {
        String victimCode = TestPeople.creditCode();
        VerifiedCitizens.firm(accounts, verification, "青溪县受害测试有限公司", victimCode);
        Certificate licence = certificates.issue(new CertificateRequest("营业执照", "青溪县受害测试有限公司", victimCode,
                DemoCounty.MARKET_REGULATION, "青溪县市场监督管理局", LocalDate.of(2026, 1, 5), null, null));
        String attackerCode = TestPeople.creditCode();
        Citizen attacker = Citizen.of(VerifiedCitizens.firm(accounts, verification, "青溪县冒用测试有限公司",
                attackerCode));
        Citizen person = Citizen.of(VerifiedCitizens.person(accounts, verification, "赵某某", TestPeople.residentId()));
        int before = caseCount();

        // 公章刻制备案 (免证办) under the victim's code, by API and by the form, as a firm and as a person: refused.
        for (Citizen who : new Citizen[] {attacker, person}) {
            mvc.perform(multipart("/api/v1/my/cases").file(new MockMultipartFile("files", "id.pdf", "application/pdf",
                            PDF)).param("materials", "法定代表人身份证明")
                            .param("itemCode", "QX-ZWFW-002").param("kind", "FIRM").param("name", "青溪县受害测试有限公司")
                            .param("idNumber", TestPeople.residentId()).param("phone", TestPeople.mobile())
                            .param("creditCode", victimCode).param("delivery", "WINDOW")
                            .with(csrf()).with(SignedInRequests.as(who)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors.creditCode").value(containsString("已核验")));
            mvc.perform(multipart("/my/apply/QX-ZWFW-002").param("kind", "FIRM").param("name", "青溪县受害测试有限公司")
                            .param("idNumber", TestPeople.residentId()).param("phone", TestPeople.mobile())
                            .param("creditCode", victimCode).param("delivery", "WINDOW")
                            .with(csrf()).with(SignedInRequests.as(who)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("已核验")))
                    .andExpect(content().string(not(containsString(licence.number()))));
        }
        assertThat(caseCount()).isEqualTo(before);

        // Applying as itself (the code left blank is filled in from the account), the attacker gets no proof from the
        // victim's 营业执照: the material stays missing for the one-time notice.
        String body = mvc.perform(multipart("/api/v1/my/cases").file(new MockMultipartFile("files", "id.pdf",
                                "application/pdf", PDF)).param("materials", "法定代表人身份证明")
                        .param("itemCode", "QX-ZWFW-002").param("kind", "FIRM").param("name", "青溪县冒用测试有限公司")
                        .param("idNumber", TestPeople.residentId()).param("phone", TestPeople.mobile())
                        .param("delivery", "WINDOW").with(csrf()).with(SignedInRequests.as(attacker)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicant.creditCode").value(attackerCode))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(licence.number()).doesNotContain("电子证照核验：营业执照");
        assertThat(caseCount()).isEqualTo(before + 1);
    }

    @Test
    void aPersonAppliesUnderTheirOwnVerifiedNumberOnlyAndABlankNumberIsFilledIn() throws Exception {
        String id = TestPeople.residentId();
        Citizen me = Citizen.of(VerifiedCitizens.person(accounts, verification, "孙某某", id));
        int before = caseCount();
        mvc.perform(multipart("/api/v1/my/cases").param("itemCode", "QX-SCJG-002").param("name", "孙某某")
                        .param("idNumber", TestPeople.residentId()).param("phone", TestPeople.mobile())
                        .param("delivery", "WINDOW").with(csrf()).with(SignedInRequests.as(me)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idNumber").value(containsString("只能以本人已核验的身份申请")));
        assertThat(caseCount()).isEqualTo(before);
        mvc.perform(multipart("/api/v1/my/cases").param("itemCode", "QX-SCJG-002").param("name", "孙某某")
                        .param("phone", TestPeople.mobile()).param("delivery", "WINDOW")
                        .with(csrf()).with(SignedInRequests.as(me)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicant.maskedIdNumber").value(id.substring(0, 6) + "********"
                        + id.substring(14)));
    }

    @Test
    void onlyAWindowOfficerVerifiesAndOnlyWithTheDocumentOfTheAccountsKind() throws Exception {
        String id = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "周某某", id, null, null, mobile, PASSWORD, PASSWORD));
        Citizen reviewer = new Citizen("bumen", "部门审核人员", "DEPARTMENT_REVIEWER", DemoCounty.MARKET_REGULATION);
        mvc.perform(post("/console/accounts/verify").param("mobile", mobile).param("document", "RESIDENT_ID_CARD")
                        .param("number", id).param("seen", "true").with(csrf()).with(SignedInRequests.as(reviewer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/accounts/verify").param("mobile", mobile).param("document", "RESIDENT_ID_CARD")
                        .param("number", id).param("seen", "true").with(csrf())
                        .with(SignedInRequests.as(Citizen.of(mobile))))
                .andExpect(status().is4xxClientError());
        assertThat(level(mobile)).isEqualTo("MOBILE_VERIFIED");

        Citizen window = new Citizen("chuangkou", "窗口人员", "WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);
        mvc.perform(post("/console/accounts/verify").param("mobile", mobile).param("document", "BUSINESS_LICENCE")
                        .param("number", id).param("seen", "true").with(csrf()).with(SignedInRequests.as(window)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("个人账号须核验居民身份证")));
        assertThat(level(mobile)).isEqualTo("MOBILE_VERIFIED");
        mvc.perform(post("/console/accounts/verify").param("mobile", mobile).param("document", "RESIDENT_ID_CARD")
                        .param("number", id).param("seen", "true").with(csrf()).with(SignedInRequests.as(window)))
                .andExpect(status().is3xxRedirection());
        assertThat(level(mobile)).isEqualTo("IDENTITY_VERIFIED");
        assertThat(accounts.holderIdentifier(loginOf(mobile))).contains(id);
    }

    @Test
    void withoutAConfiguredProviderTheSignInPageOffersNoSingleSignOn() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("使用统一身份认证登录"))));
        mvc.perform(get("/oauth2/authorization/province")).andExpect(status().is4xxClientError());
    }
}
