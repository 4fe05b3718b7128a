package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.doorstep.support.SignedInRequests;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.doorstep.support.ZipBombs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** An OFD material that inflates to 400 MB is refused over the applicant API: a 400, no case, no file kept. */
@SpringBootTest
class MaterialBombTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.doorstep.accounts.Accounts accounts;
    @Autowired
    org.doorstep.accounts.IdentityVerification verification;

    int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void anOfdMaterialThatInflatesTo400MbIsRefusedAndNothingIsStored() throws Exception {
        MockMvc mvc = SignedInRequests.secured(context);
        byte[] ofd = ZipBombs.zip(Map.of("OFD.xml", ZipBombs.text("<ofd:OFD/>"), "Doc_0/Content.xml",
                ZipBombs.sharedStringOf(400 * ZipBombs.MB)));
        assertThat(ofd.length).isLessThan(500 * 1024);
        // A verified applicant, so that the material is what the answer is about.
        String id = TestPeople.residentId();
        Actor citizen = new Actor(VerifiedCitizens.person(accounts, verification, "张某某", id), "张某某", "CITIZEN",
                null);
        int cases = count("cases_case");
        mvc.perform(multipart("/api/v1/my/cases")
                        .file(new MockMultipartFile("files", "场所证明.ofd", "application/ofd", ofd))
                        .param("materials", "经营场所使用证明").param("itemCode", "QX-SCJG-002").param("name", "张某某")
                        .param("idNumber", id).param("phone", TestPeople.mobile())
                        .param("delivery", "WINDOW").with(csrf()).with(authentication(citizen.authentication())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("文件解压后过大")));
        assertThat(count("cases_case")).isEqualTo(cases);
    }
}
