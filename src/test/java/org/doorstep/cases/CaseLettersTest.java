package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.organization.DemoCounty;
import org.doorstep.services.Delivery;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 13 item 9: the 受理回执/受理通知书, 一次性告知书 and 不予受理通知书 of real cases, downloaded over HTTP as an
 * A4 one-page PDF whose Chinese text is text (read back with PDFBox), for the applicant and staff in scope only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseLettersTest {

    @Autowired
    Cases cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    @Test
    void aWindowReceiptCarriesNumberQueryCodeMaterialsAndTheProvisionalDueDateOnOneA4Page() throws Exception {
        Actor window = Actor.window(DemoCounty.MEILIN_TOWN);
        ApplicantDetails who = CasesTest.person();
        // 企业变更登记 (全县通办, promised 1 working day) taken at 梅林镇 on Thursday 4 February 2027, before the
        // State Council's 2027 notice: 除夕 2-5, 初一 to 初三 2-6…2-8, 补假 2-9 and 2-10, so the day is Thursday 2-11.
        String number = workflow.enterAtWindow("QX-SCJG-005", who, Delivery.WINDOW,
                Set.of("公司登记（备案）申请书", "变更决议或决定"), null, window, CasesTest.at("2027-02-04T10:00"))
                .number();
        String queryCode = cases.receiptCode(number, window);

        MockHttpServletResponse r = download("/console/cases/" + number + "/letters/receipt.pdf", window);
        assertThat(r.getContentType()).startsWith("application/pdf");
        assertThat(r.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"" + number
                + "-receipt.pdf\"; filename*=UTF-8''%E5%8F%97%E7%90%86%E5%9B%9E%E6%89%A7-" + number + ".pdf");
        assertThat(r.getHeader("Cache-Control")).contains("no-store");
        String text = onePageA4Text(r.getContentAsByteArray());
        assertThat(text).contains("受理回执", number, queryCode, "企业变更登记", "梅林镇", "1个工作日",
                "2027年2月11日（暂定）", "2027年放假安排尚未公布", "公司登记（备案）申请书", "变更决议或决定",
                "纸质材料（窗口核验）", "张某某", "测试窗口人员");
        // Personal data masked as on every page: the birth date of the ID number and the middle of the mobile.
        assertThat(text).doesNotContain(who.idNumber(), who.phone())
                .contains(compact(org.doorstep.platform.Masking.maskIdNumber(who.idNumber())));

        // The case page links it; after entry the officer is told to print it.
        assertThat(SignedInRequests.page(mvc, get("/console/cases/" + number), window))
                .contains("/console/cases/" + number + "/letters/receipt.pdf\">受理回执</a>");

        // The QR code opens the public status check with the number filled in; the code is still asked for.
        String status = mvc.perform(get("/cases/status").param("number", number)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(status).contains("value=\"" + number + "\"").doesNotContain(queryCode);
        assertThat(text).contains("/cases/status?number=" + number);

        // Without an account: after number and query code on the status page, and checked again (throttled) to print.
        String client = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        String found = mvc.perform(post("/cases/status").with(csrf()).with(from(client)).param("number", number)
                .param("verification", queryCode)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(found).contains("action=\"/cases/status/letters\"").contains("value=\"receipt\">受理回执</button>");
        MockHttpServletResponse printed = mvc.perform(post("/cases/status/letters").with(csrf()).with(from(client))
                .param("number", number).param("verification", queryCode).param("kind", "receipt"))
                .andReturn().getResponse();
        assertThat(printed.getStatus()).isEqualTo(200);
        assertThat(onePageA4Text(printed.getContentAsByteArray())).contains("受理回执", number, queryCode);
        MockHttpServletResponse guessed = mvc.perform(post("/cases/status/letters").with(csrf()).with(from(client))
                .param("number", number).param("verification", "ZZZZZZ").param("kind", "receipt"))
                .andReturn().getResponse();
        assertThat(guessed.getStatus()).isEqualTo(404);
        assertThat(guessed.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("未找到与该编号和验证信息相符的办件");

        // A window of another township, a citizen, an unknown kind and a letter the case has not got: 404.
        assertThat(status("/console/cases/" + number + "/letters/receipt.pdf",
                Actor.window(DemoCounty.SHIQIAO_TOWN))).isEqualTo(404);
        assertThat(status("/my/cases/" + number + "/letters/receipt.pdf", Actor.citizen())).isEqualTo(404);
        MockHttpServletResponse unknown = SignedInRequests.call(mvc,
                get("/console/cases/" + number + "/letters/licence.pdf"), window);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("没有这种办件文书");
        MockHttpServletResponse none = SignedInRequests.call(mvc,
                get("/console/cases/" + number + "/letters/refusal.pdf"), window);
        assertThat(none.getStatus()).isEqualTo(404);
        assertThat(none.getContentAsString()).contains("没有作出不予受理决定");
    }

    @Test
    void anOnlineApplicantGetsTheOneTimeNoticeThenTheAcceptanceNoticeWithTheDueDateMovedByThePause()
            throws Exception {
        Actor citizen = Actor.citizen();
        Actor market = Actor.market();
        // 企业变更登记 applied online on Monday 16 November 2026 with nothing attached.
        String number = workflow.apply("QX-SCJG-005", CasesTest.person(), Delivery.POST, List.of(), null, citizen,
                CasesTest.at("2026-11-16T09:00")).number();
        String queryCode = cases.queryCodeOf(number, citizen.username());
        assertThat(status("/my/cases/" + number + "/letters/receipt.pdf", citizen)).isEqualTo(404);

        workflow.notice(number, List.of(new OneTimeNotice.NoticeItem("公司登记（备案）申请书", "缺少"),
                new OneTimeNotice.NoticeItem("变更决议或决定", "未签字")), "请携带原件", market,
                CasesTest.at("2026-11-16T11:00"));
        String notice = onePageA4Text(download("/my/cases/" + number + "/letters/notice.pdf", citizen)
                .getContentAsByteArray());
        assertThat(notice).contains("一次性告知书", number, queryCode, "企业变更登记", "公司登记（备案）申请书", "缺少",
                "变更决议或决定", "未签字", "请携带原件", "2026年11月16日", "办理时限暂停计算", "市场监督管理局");

        // Supplemented on Thursday 11-19 and accepted: 11-17…11-19 were paused, so the one day is Friday 11-20.
        workflow.supplementAtWindow(number, Set.of("公司登记（备案）申请书", "变更决议或决定"), market,
                CasesTest.at("2026-11-19T10:00"));
        workflow.accept(number, null, market, CasesTest.at("2026-11-19T11:00"));
        String receipt = onePageA4Text(download("/my/cases/" + number + "/letters/receipt.pdf", citizen)
                .getContentAsByteArray());
        assertThat(receipt).contains("受理通知书", number, queryCode, "2026年11月19日11:00", "2026年11月20日",
                "公司登记（备案）申请书", "变更决议或决定", "邮寄送达").doesNotContain("暂定");
        // Staff of the department see the same letter; the applicant's page links both.
        assertThat(onePageA4Text(download("/console/cases/" + number + "/letters/receipt.pdf", market)
                .getContentAsByteArray())).contains(number, queryCode);
        assertThat(SignedInRequests.page(mvc, get("/my/cases/" + number), citizen))
                .contains("/my/cases/" + number + "/letters/receipt.pdf\">受理通知书</a>")
                .contains("/my/cases/" + number + "/letters/notice.pdf\">一次性告知书</a>");

        // Another citizen, and a township window the case never reached: 404, as for a case that does not exist.
        assertThat(status("/my/cases/" + number + "/letters/notice.pdf", Actor.citizen())).isEqualTo(404);
        assertThat(status("/console/cases/" + number + "/letters/notice.pdf", Actor.window(DemoCounty.MEILIN_TOWN)))
                .isEqualTo(404);
    }

    @Test
    void aRefusalGivesTheReasonAndTheRemediesAndIsTheApplicantsAlone() throws Exception {
        Actor citizen = Actor.citizen();
        Actor market = Actor.market();
        String number = workflow.apply("QX-SCJG-005", CasesTest.person(), Delivery.POST, List.of(), null, citizen,
                CasesTest.at("2026-11-23T09:00")).number();
        workflow.refuse(number, "申请变更的经营范围属于禁止经营项目，不属于本机关受理范围", market,
                CasesTest.at("2026-11-23T15:30"));

        String text = onePageA4Text(download("/my/cases/" + number + "/letters/refusal.pdf", citizen)
                .getContentAsByteArray());
        assertThat(text).contains("不予受理通知书", number, cases.queryCodeOf(number, citizen.username()),
                "申请变更的经营范围属于禁止经营项目，不属于本机关受理范围", "2026年11月23日15:30", "60日内依法申请行政复议",
                "6个月内依法向人民法院提起行政诉讼", "行政复议法》第二十条", "行政诉讼法》第四十六条");
        assertThat(status("/my/cases/" + number + "/letters/refusal.pdf", Actor.citizen())).isEqualTo(404);
        // Without signing in: sent to the sign-in page, no PDF.
        MockHttpServletResponse anonymous = mvc.perform(get("/my/cases/" + number + "/letters/refusal.pdf"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getContentType()).isNull();
        assertThat(status("/my/cases/" + number + "/letters/receipt.pdf", citizen)).isEqualTo(404);
    }

    @Test
    void aReceiptRendersWellWithinThreeSecondsOnceTheFontIsLoaded() throws Exception {
        Actor window = Actor.window(DemoCounty.MEILIN_TOWN);
        String number = workflow.enterAtWindow("QX-SCJG-005", CasesTest.person(), Delivery.WINDOW,
                Set.of("公司登记（备案）申请书"), null, window, CasesTest.at("2026-11-24T10:00")).number();
        String path = "/console/cases/" + number + "/letters/receipt.pdf";
        download(path, window);
        int runs = 5;
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            bytes += download(path, window).getContentAsByteArray().length;
        }
        long perPdf = (System.nanoTime() - start) / runs / 1_000_000;
        System.out.printf("CaseLettersTest: %d ms per receipt over HTTP, %d KB each%n", perPdf, bytes / runs / 1024);
        assertThat(perPdf).as("ms per PDF").isLessThan(3_000);
    }

    private MockHttpServletResponse download(String path, Actor who) throws Exception {
        MockHttpServletResponse r = SignedInRequests.call(mvc, get(path), who);
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int status(String path, Actor who) throws Exception {
        return mvc.perform(get(path).with(authentication(who.authentication()))).andReturn().getResponse().getStatus();
    }

    /** The PDF's text without white space (the layout breaks lines), after checking it is one A4 page. */
    private static String onePageA4Text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return compact(stripper.getText(doc));
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
