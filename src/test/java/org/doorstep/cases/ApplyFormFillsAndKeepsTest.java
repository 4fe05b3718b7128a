package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.platform.Masking;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * A signed-in applicant's verified name, 身份证号 and mobile are filled in (masked; read back as the account's own),
 * and a file over a material's 20 MB is answered on the form with everything typed kept (issue 13, item 8).
 */
@SpringBootTest
class ApplyFormFillsAndKeepsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityVerification verification;
    @Autowired
    Cases cases;

    @Test
    void theVerifiedIdentityIsFilledInMaskedAndAppliesAsTheAccountsOwn() throws Exception {
        String id = TestPeople.residentId();
        VerifiedCitizens.Registered r = VerifiedCitizens.registeredPerson(accounts, verification, "赵某某", id);
        Actor citizen = new Actor(r.login(), "赵某某", "CITIZEN", null);
        MockMvc mvc = SignedInRequests.secured(context);
        String form = SignedInRequests.page(mvc, get("/my/apply/QX-MZ-003"), citizen);
        assertThat(form).contains("value=\"赵某某\"").contains("value=\"" + Masking.maskIdNumber(id) + "\"")
                .contains("value=\"" + Masking.maskPhone(r.mobile()) + "\"").doesNotContain(id)
                .doesNotContain(r.mobile());

        // Submitted as filled in: filed under the full verified number and the registered mobile.
        MockHttpServletResponse applied = mvc.perform(multipart("/my/apply/QX-MZ-003").param("kind", "PERSON")
                .param("name", "赵某某").param("idNumber", Masking.maskIdNumber(id))
                .param("phone", Masking.maskPhone(r.mobile())).param("delivery", "WINDOW").with(csrf())
                .with(authentication(citizen.authentication()))).andReturn().getResponse();
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(302);
        String number = applied.getRedirectedUrl().replace("/my/cases/", "");
        assertThat(cases.lookup(number, id.substring(12))).as("filed under the verified 身份证号").isPresent();
    }

    @Test
    void aFileOverTheMaterialLimitIsAnsweredOnTheFormKeepingWhatWasTyped() throws Exception {
        String id = TestPeople.residentId();
        VerifiedCitizens.Registered r = VerifiedCitizens.registeredPerson(accounts, verification, "钱某某", id);
        Actor citizen = new Actor(r.login(), "钱某某", "CITIZEN", null);
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, big, 0, 9);
        MockHttpServletResponse answer = SignedInRequests.secured(context).perform(multipart("/my/apply/QX-MZ-003")
                .file(new MockMultipartFile("file-0", "申请表.pdf", "application/pdf", big)).param("kind", "PERSON")
                .param("name", "钱某某").param("idNumber", id).param("phone", "13912345678").param("delivery", "WINDOW")
                .with(csrf()).with(authentication(citizen.authentication()))).andReturn().getResponse();
        answer.setCharacterEncoding("UTF-8");
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).contains("文件过大").contains("value=\"13912345678\"")
                .contains("value=\"钱某某\"");
    }
}
