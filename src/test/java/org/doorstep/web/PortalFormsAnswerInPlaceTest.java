package org.doorstep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Portal forms answer where the person typed (issue 13, item 7): a mistyped certificate code on the form, the status
 * check's code visible as typed, and a guide that shows no placeholder entry and visits that agree with delivery.
 */
@SpringBootTest
class PortalFormsAnswerInPlaceTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Certificates certificates;

    MockHttpServletResponse call(String url) throws Exception {
        MockMvc mvc = SignedInRequests.secured(context);
        MockHttpServletResponse r = mvc.perform(get(url)).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    @Test
    void aMistypedCertificateCodeIsAnsweredOnTheFormKeepingWhatWasTyped() throws Exception {
        String id = TestPeople.residentId();
        Certificate c = certificates.issue(new CertificateRequest("最低生活保障证", "测试群众", id,
                DemoCounty.CIVIL_AFFAIRS, "青溪县民政局", LocalDate.of(2026, 1, 1), null, "QX-TEST-" + id.substring(14)));
        String code = c.verificationCode();
        // One character changed: still well formed, names no certificate.
        String typo = code.substring(0, 15) + (code.charAt(15) == '2' ? '3' : '2');

        MockHttpServletResponse onForm = call("/certificates/verify?code=" + typo.toLowerCase());
        assertThat(onForm.getStatus()).isEqualTo(404);
        assertThat(onForm.getContentAsString()).contains("未找到该证照，请核对校验码").contains("<form")
                .contains("value=\"" + typo.toLowerCase() + "\"").contains("aria-invalid=\"true\"");
        MockHttpServletResponse inAddress = call(Certificate.VERIFY_PATH + typo);
        assertThat(inAddress.getStatus()).isEqualTo(404);
        assertThat(inAddress.getContentAsString()).contains("未找到该证照，请核对校验码").contains("<form");
        MockHttpServletResponse malformed = call(Certificate.VERIFY_PATH + "NOT-A-CODE");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains("<form").contains("16 位");

        MockHttpServletResponse right = call("/certificates/verify?code=" + code.toLowerCase());
        assertThat(right.getStatus()).isEqualTo(302);
        assertThat(right.getRedirectedUrl()).isEqualTo(Certificate.VERIFY_PATH + code);
    }

    @Test
    void theStatusCheckCodeIsAVisibleTextField() throws Exception {
        assertThat(call("/cases/status").getContentAsString()).contains("<input type=\"text\" id=\"verification\"")
                .doesNotContain("type=\"password\"");
    }

    @Test
    void aGuideHidesAPlaceholderEntryAndItsVisitsAgreeWithWindowCollection() throws Exception {
        // 高龄津贴申领: applied for online, paid out at the window only; its demo entry is on an example domain.
        String guide = call("/services/items/QX-MZ-003").getContentAsString();
        assertThat(guide).contains("<dt>到现场次数</dt><dd>1 次</dd>").doesNotContain("全程网办")
                .doesNotContain(">网上办理入口</a>").doesNotContain("example.gov.cn").contains("可登录本平台在线申请");
        // 个体工商户登记: online, collected at a window or sent electronically.
        String firm = call("/services/items/QX-SCJG-002").getContentAsString();
        assertThat(firm).contains("0 次（全程网办；选择窗口领取结果的需到现场 1 次）");
    }
}
