package org.doorstep.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doorstep.audit.TestStaff;
import org.doorstep.cases.ApplicantDetails;
import org.doorstep.cases.Case;
import org.doorstep.cases.Cases;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentDraft;
import org.doorstep.disclosure.DocumentState;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.Workbooks;
import org.doorstep.platform.Workbooks.SheetRow;
import org.doorstep.reporting.internal.ReportStore;
import org.doorstep.reporting.internal.ReportWorkbook;
import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.Application;
import org.doorstep.requests.Channel;
import org.doorstep.requests.DisclosureRequest;
import org.doorstep.requests.DisclosureRequests;
import org.doorstep.requests.Outcome;
import org.doorstep.requests.RemedyKind;
import org.doorstep.requests.RemedyResult;
import org.doorstep.requests.YearFigures;
import org.doorstep.services.Delivery;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual report of 竹山乡 (which holds no demo requests) from a fixture of requests with known outcomes: table 三
 * cell by cell against a hand count, the column check, hand-entered figures, the frozen snapshot, publishing through
 * the disclosure module, the .xlsx export read back, and the public JSON.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualReportsTest {

    static final String TOWN = DemoCounty.ZHUSHAN_TOWNSHIP;
    static final TestStaff OFFICER = new TestStaff("t-rpt-gongkai", "公开专员", "DISCLOSURE_OFFICER", TOWN);
    static final TestStaff REVIEWER = new TestStaff("t-rpt-baomi", "保密审查员", "CONFIDENTIALITY_REVIEWER", TOWN);

    @Autowired
    AnnualReports reports;
    @Autowired
    DisclosureRequests requests;
    @Autowired
    Disclosure disclosure;
    @Autowired
    ReportStore store;
    @Autowired
    Cases cases;
    @Autowired
    MockMvc mvc;

    @Test
    void aFixtureOfRequestsGivesTheHandCountedReportWhichIsFrozenAtSubmissionAndPublished() throws Exception {
        replied(ApplicantType.NATURAL_PERSON, "2024-12-16", Outcome.DISCLOSED, "2025-01-06");
        replied(ApplicantType.NATURAL_PERSON, "2025-02-10", Outcome.DISCLOSED, "2025-02-20");
        DisclosureRequest secret = replied(ApplicantType.NATURAL_PERSON, "2025-03-03", Outcome.WITHHELD_STATE_SECRET,
                "2025-03-14");
        replied(ApplicantType.COMMERCIAL, "2025-04-07", Outcome.PARTLY_DISCLOSED, "2025-04-21");
        replied(ApplicantType.COMMERCIAL, "2025-05-12", Outcome.UNAVAILABLE_NEEDS_CREATION, "2025-05-20");
        replied(ApplicantType.RESEARCH, "2025-06-09", Outcome.NOT_HANDLED_PETITION, "2025-06-13");
        replied(ApplicantType.WELFARE, "2025-07-07", Outcome.OTHER_OTHER, "2025-07-10");
        DisclosureRequest process = replied(ApplicantType.LEGAL_SERVICE, "2025-08-04", Outcome.WITHHELD_PROCESS,
                "2025-08-15");
        received(ApplicantType.OTHER, "2025-12-22");
        replied(ApplicantType.NATURAL_PERSON, "2025-12-29", Outcome.DISCLOSED, "2026-01-08");
        replied(ApplicantType.COMMERCIAL, "2024-10-08", Outcome.DISCLOSED, "2024-10-20");
        requests.recordRemedy(secret.number(), RemedyKind.RECONSIDERATION, RemedyResult.CORRECTED,
                LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-01"), null, OFFICER);
        // 复议后起诉 follows a 复议 (upheld), which table 四 counts under 行政复议 too (行政诉讼法第四十五条).
        requests.recordRemedy(process.number(), RemedyKind.RECONSIDERATION, RemedyResult.UPHELD,
                LocalDate.parse("2025-08-18"), LocalDate.parse("2025-08-25"), null, OFFICER);
        requests.recordRemedy(process.number(), RemedyKind.LITIGATION_AFTER_RECONSIDERATION, RemedyResult.PENDING,
                LocalDate.parse("2025-09-01"), null, null, OFFICER);
        // 行政规范性文件: one written in 2025, one in 2024 and repealed now (after 2025 ended).
        publishNormative("竹山乡村级公益事业建设一事一议筹资筹劳管理办法", "2025-03-01");
        GovDocument older = publishNormative("竹山乡农村集体资产管理暂行办法", "2024-06-03");
        disclosure.repeal(older.id(), "竹山乡农村集体资产管理办法", OFFICER);

        AnnualReport r = reports.create(2025, OFFICER);

        // Table 三, hand count: columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("一、本年新收政府信息公开申请数量", List.of(3, 2, 1, 1, 1, 1, 9));
        expected.put("二、上年结转政府信息公开申请数量", List.of(1, 0, 0, 0, 0, 0, 1));
        expected.put("（一）予以公开", List.of(2, 0, 0, 0, 0, 0, 2));
        expected.put("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", List.of(0, 1, 0, 0, 0, 0, 1));
        expected.put("1.属于国家秘密", List.of(1, 0, 0, 0, 0, 0, 1));
        expected.put("6.属于四类过程性信息", List.of(0, 0, 0, 0, 1, 0, 1));
        expected.put("2.没有现成信息需要另行制作", List.of(0, 1, 0, 0, 0, 0, 1));
        expected.put("1.信访举报投诉类申请", List.of(0, 0, 1, 0, 0, 0, 1));
        expected.put("3.其他", List.of(0, 0, 0, 1, 0, 0, 1));
        expected.put("（七）总计", List.of(3, 2, 1, 1, 1, 0, 8));
        expected.put("四、结转下年度继续办理", List.of(1, 0, 0, 0, 0, 1, 2));
        ReportTable three = table(r, ReportTables.SECTION_3);
        assertThat(three.columns().stream().map(ReportTable.Column::label))
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(three.rows()).hasSize(2 + 2 + 8 + 3 + 5 + 3 + 1 + 1);
        for (ReportTable.Row row : three.rows()) {
            List<Integer> want = expected.getOrDefault(row.label(), List.of(0, 0, 0, 0, 0, 0, 0));
            assertThat(row.values().values().stream().map(Number::intValue).toList()).as("row %s", row.label())
                    .isEqualTo(want);
        }
        assertThat(r.columnCheckFailures()).isEmpty();

        // Table 四 and table 二: one reconsideration corrected, one upheld and then sued over, still pending.
        ReportTable four = table(r, ReportTables.SECTION_4);
        assertThat(four.rows()).hasSize(1);
        assertThat(four.rows().get(0).values()).containsEntry("行政复议/结果纠正", 1).containsEntry("行政复议/结果维持", 1)
                .containsEntry("行政复议/总计", 2)
                .containsEntry("行政诉讼/复议后起诉/尚未审结", 1).containsEntry("行政诉讼/复议后起诉/总计", 1)
                .containsEntry("行政诉讼/未经复议直接起诉/总计", 0);
        ReportTable.Row normative = row(r, "行政规范性文件");
        assertThat(normative.values()).containsExactly(Map.entry("本年制发件数", 1), Map.entry("本年废止件数", 0),
                Map.entry("现行有效件数", 2));
        Figures now = reports.figures(TOWN, LocalDate.now().getYear());
        assertThat(List.of(now.normativeMade(), now.normativeRepealed(), now.normativeInForce()))
                .as("repealed this year, so no longer in force at this year's end").containsExactly(0, 1, 1);

        // Hand-entered rows are marked and block submission until entered.
        assertThat(row(r, "行政处罚").handEntered()).isTrue();
        assertThat(row(r, "行政处罚").values().get("本年处理决定数量")).isNull();
        assertThat(row(r, "行政许可").handEntered()).isFalse();
        assertThatThrownBy(() -> reports.submit(r.id(), OFFICER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("请填写行政处罚的本年处理决定数量（手工填报）").hasMessageContaining("请填写“一、总体情况”");

        // Bad input names the field and stores nothing.
        assertThatThrownBy(() -> reports.save(r.id(), draft(r, "十二", "3", "-1"), OFFICER))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors())
                        .containsKeys("penalties", "feesWanYuan").doesNotContainKey("enforcement"));
        assertThat(reports.report(r.id(), OFFICER).handEntered()).isEqualTo(HandEntered.NONE);

        AnnualReport saved = reports.save(r.id(), draft(r, "12", "3", "8.25"), OFFICER);
        assertThat(saved.handEntered().penalties()).isEqualTo(12);
        assertThat(reports.problems(saved)).isEmpty();
        assertThat(row(saved, "行政事业性收费").values().get("本年收费金额（单位：万元）").toString()).isEqualTo("8.25");

        // The export reads back: every table-三 cell and the hand-entered marks.
        byte[] xlsx = ReportWorkbook.write(saved);
        Map<String, List<SheetRow>> sheets = Workbooks.read(xlsx, ReportWorkbook.specs(saved), 100);
        SheetRow secretRow = sheets.get("表三 依申请公开").stream()
                .filter(x -> x.get("项目").endsWith("1.属于国家秘密")).findFirst().orElseThrow();
        assertThat(secretRow.get("项目")).isEqualTo("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密");
        assertThat(secretRow.get("自然人")).isEqualTo("1");
        assertThat(secretRow.get("总计")).isEqualTo("1");
        assertThat(sheets.get("表三 依申请公开")).hasSize(three.rows().size());
        SheetRow penalties = sheets.get("表二 主动公开").stream().filter(x -> x.get("项目").endsWith("行政处罚"))
                .findFirst().orElseThrow();
        assertThat(penalties.get("本年处理决定数量")).isEqualTo("12");
        assertThat(penalties.get("数据来源")).isEqualTo("手工填报");
        // Figures are numbers in the workbook (a spreadsheet sums them), and table 三 carries its template group
        // header 法人或其他组织 above its five organisation columns (issue 12 item 10).
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.dhatim.fastexcel.reader.Sheet three3 = book.findSheet("表三 依申请公开").orElseThrow();
            List<org.dhatim.fastexcel.reader.Row> cells = three3.read();
            assertThat(cells.get(0).getCellText(2)).isEqualTo("法人或其他组织");
            assertThat(cells.get(1).getCellText(1)).isEqualTo("自然人");
            org.dhatim.fastexcel.reader.Row secretCells = cells.stream()
                    .filter(x -> x.getCellText(0).endsWith("1.属于国家秘密")).findFirst().orElseThrow();
            assertThat(secretCells.getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(secretCells.getCell(1).asNumber()).isEqualByComparingTo("1");
        }

        // Submission: a draft in the 政府信息公开年报 node, in review, with the tables and the marks in its body.
        AnnualReport submitted = reports.submit(r.id(), OFFICER);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        GovDocument doc = disclosure.staffDocument(submitted.documentId(), OFFICER);
        assertThat(doc.state()).isEqualTo(DocumentState.SUBMITTED);
        assertThat(doc.title()).isEqualTo("竹山乡人民政府2025年政府信息公开工作年度报告");
        long annualNode = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("政府信息公开年报"))
                .mapToLong(CatalogueNode::id).findFirst().orElseThrow();
        assertThat(doc.nodeIds()).containsExactly(annualNode);
        assertThat(doc.body()).contains("<table>", "一、本年新收政府信息公开申请数量", "1.属于国家秘密", "12<small>（手工填报）</small>",
                "五、存在的主要问题及改进情况");
        assertThatThrownBy(() -> reports.save(r.id(), draft(r, "1", "1", "1"), OFFICER))
                .isInstanceOf(ConflictException.class);

        // Frozen: a request that arrives later (entered late with a 2025 date) changes the live figures only.
        received(ApplicantType.RESEARCH, "2025-11-03");
        assertThat(reports.figures(TOWN, 2025)).isNotEqualTo(submitted.figures());
        assertThat(reports.report(r.id(), OFFICER).figures()).isEqualTo(submitted.figures());

        // A second officer approves it in the disclosure module; the report is public and so are its tables.
        disclosure.approve(submitted.documentId(), REVIEWER);
        assertThat(reports.report(r.id(), OFFICER).status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(disclosure.publicDocuments(annualNode, 1, 20).items()).extracting(GovDocument::id)
                .contains(submitted.documentId());
        assertThat(reports.published(TOWN, 2025).figures()).isEqualTo(submitted.figures());

        MockHttpServletResponse api = call("/api/v1/annual-reports/2025?division=" + TOWN);
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains("\"一、本年新收政府信息公开申请数量\"", "\"values\":{\"自然人\":3,\"商业企业\":2,",
                "{\"key\":\"法律服务机构\",\"groups\":[\"法人或其他组织\"],\"label\":\"法律服务机构\"}",
                "\"label\":\"行政处罚\",\"values\":{\"本年处理决定数量\":12},\"handEntered\":true",
                "\"columnCheckHolds\":true", "\"四、政府信息公开行政复议、行政诉讼情况\"");
        String page = call("/annual-reports/" + TOWN + "/2025").getContentAsString();
        assertThat(page).contains("竹山乡人民政府2025年政府信息公开工作年度报告", "（手工填报）");
    }

    @Test
    void aReportWhoseColumnCheckFailsCannotBeSubmittedAndSaysWhichColumn() {
        AnnualReport r = reports.create(2024, OFFICER);
        reports.save(r.id(), draft(r, "1", "0", "0"), OFFICER);
        YearFigures y = r.figures().requests();
        Map<ApplicantType, Integer> carriedOut = new EnumMap<>(y.carriedOut());
        carriedOut.merge(ApplicantType.COMMERCIAL, 1, Integer::sum);
        Figures broken = new Figures(0, 0, 0, 0, 0, 0, 0, new YearFigures(y.divisionCode(), y.year(), y.received(),
                y.carriedIn(), y.concluded(), carriedOut, y.remedies()), 0);
        store.saveFigures(r.id(), broken, Instant.now(), OFFICER.username());

        assertThatThrownBy(() -> reports.submit(r.id(), OFFICER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("表三“商业企业”列不平衡").hasMessageContaining("表三“总计”列不平衡")
                .hasMessageNotContaining("“自然人”列");
        assertThat(reports.report(r.id(), OFFICER).status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.report(r.id(), OFFICER).documentId()).isNull();
    }

    @Test
    void thePublicApiAnswersBadYearsWith400AndUnknownOnesWith404InChinese() throws Exception {
        MockHttpServletResponse unknown = call("/api/v1/annual-reports/2025?division=361199999000");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
        assertThat(unknown.getContentAsString()).contains("没有这个县级或乡镇政府");
        MockHttpServletResponse notYet = call("/api/v1/annual-reports/2019?division=" + DemoCounty.SHIQIAO_TOWN);
        assertThat(notYet.getStatus()).isEqualTo(404);
        assertThat(notYet.getContentAsString()).contains("石桥镇人民政府尚未发布2019年政府信息公开工作年度报告");
        for (String year : List.of("abc", "1999", "3000")) {
            MockHttpServletResponse bad = call("/api/v1/annual-reports/" + year + "?division=" + TOWN);
            assertThat(bad.getStatus()).as(year).isEqualTo(400);
            assertThat(bad.getContentAsString()).as(year).containsPattern("年度|格式");
        }
        assertThat(call("/api/v1/annual-reports/2025").getStatus()).isEqualTo(400);
        assertThat(call("/v3/api-docs").getContentAsString()).contains("/api/v1/annual-reports/{year}", "政府信息公开年报");
    }

    @Test
    void theDemoCountysReportOf2025IsPublishedFromTheDemoData() throws Exception {
        AnnualReport r = reports.published(DemoCounty.COUNTY, 2025);
        assertThat(r.columnCheckFailures()).isEmpty();
        assertThat(r.figures().requests()).isEqualTo(requests.yearFigures(DemoCounty.COUNTY, 2025));
        int received = r.figures().requests().received().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(received).isPositive();
        assertThat(List.of(r.figures().normativeMade(), r.figures().normativeInForce())).as("the demo's 行政规范性文件")
                .containsExactly(2, 3);
        assertThat(call("/api/v1/annual-reports/2025?division=" + DemoCounty.COUNTY).getContentAsString())
                .contains("青溪县人民政府2025年政府信息公开工作年度报告");
    }

    @Test
    void licensingDecisionsCountApprovalsAndRejectionsOfLicensingItemsInTheYearTheyWereTaken() {
        int year = LocalDate.now().getYear();
        int before = reports.figures(DemoCounty.COUNTY, year).licensingDecisions();
        int lastYear = reports.figures(DemoCounty.COUNTY, year - 1).licensingDecisions();
        int township = reports.figures(DemoCounty.MEILIN_TOWN, year).licensingDecisions();
        TestStaff window = new TestStaff("chuangkou", "窗口人员", "WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);
        TestStaff market = new TestStaff("bumen", "市场监管局审核人员", "DEPARTMENT_REVIEWER", DemoCounty.MARKET_REGULATION);
        for (boolean approve : new boolean[] {true, false}) {
            Case c = cases.enterAtWindow("QX-SCJG-002", new ApplicantDetails("PERSON", "张某某", TestPeople.residentId(),
                    TestPeople.mobile()), Delivery.WINDOW, Set.of("申请人居民身份证"), null, window);
            cases.dispatch(c.number(), null, window);
            cases.review(c.number(), null, market);
            if (approve) {
                cases.approve(c.number(), "准予登记", market);
            } else {
                cases.reject(c.number(), "经营场所不符合规定", market);
            }
        }
        assertThat(reports.figures(DemoCounty.COUNTY, year).licensingDecisions()).isEqualTo(before + 2);
        assertThat(reports.figures(DemoCounty.COUNTY, year - 1).licensingDecisions()).isEqualTo(lastYear);
        assertThat(reports.figures(DemoCounty.MEILIN_TOWN, year).licensingDecisions())
                .as("decided by a county department, though taken at a township window").isEqualTo(township);
    }

    // ---- fixture

    private DisclosureRequest received(ApplicantType type, String on) {
        boolean org = type.organisation();
        Application a = new Application(type.name(), org ? "某某单位" : "李某某", org ? "" : TestPeople.residentId(),
                org ? TestPeople.creditCode() : "", org ? "王某某" : "", TestPeople.mobile(), "", "", TOWN,
                "竹山乡某某事项的相关文件", "纸质文本（当面领取）");
        return requests.register(a, Channel.IN_PERSON, LocalDate.parse(on), OFFICER);
    }

    private DisclosureRequest replied(ApplicantType type, String on, Outcome outcome, String repliedOn) {
        DisclosureRequest r = received(type, on);
        boolean partly = outcome == Outcome.PARTLY_DISCLOSED;
        return requests.reply(r.number(), outcome, "答复内容", partly ? "部分内容" : null, partly ? "理由" : null,
                LocalDate.parse(repliedOn), OFFICER);
    }

    private GovDocument publishNormative(String title, String written) {
        long node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容"))
                .mapToLong(CatalogueNode::id).findFirst().orElseThrow();
        LocalDate on = LocalDate.parse(written);
        GovDocument d = disclosure.create(new DocumentDraft(title, null, TOWN, on, on, null, "农业、林业、水利", "行政规范性文件",
                "规范性文件", "<p>" + title + "</p>", List.of(node), null, null), OFFICER);
        disclosure.submit(d.id(), OFFICER);
        return disclosure.approve(d.id(), REVIEWER);
    }

    private static ReportDraft draft(AnnualReport r, String penalties, String enforcement, String fees) {
        Map<NarrativeSection, String> text = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection s : NarrativeSection.values()) {
            text.put(s, r.text(s).isBlank() ? s.heading() + "的内容。\n第二段。" : r.text(s));
        }
        return new ReportDraft(text, penalties, enforcement, fees);
    }

    private static ReportTable table(AnnualReport r, String section) {
        return r.tables().stream().filter(t -> t.section().equals(section)).findFirst().orElseThrow();
    }

    private static ReportTable.Row row(AnnualReport r, String label) {
        List<ReportTable.Row> rows = new ArrayList<>();
        r.tables().forEach(t -> rows.addAll(t.rows()));
        return rows.stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
    }

    private MockHttpServletResponse call(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }
}
