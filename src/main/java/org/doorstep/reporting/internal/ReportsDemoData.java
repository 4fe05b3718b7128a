package org.doorstep.reporting.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.DemoData;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.AnnualReports;
import org.doorstep.reporting.NarrativeSection;
import org.doorstep.reporting.ReportDraft;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentDraft;
import org.doorstep.disclosure.GovDocument;
import org.springframework.stereotype.Component;

/**
 * The demo county's 2025 report, generated from the demo requests, cases and documents, written, submitted and
 * approved by a second officer, so it stands published in the county's 政府信息公开年报 node.
 */
@Component
class ReportsDemoData implements DemoData {

    private final AnnualReports reports;
    private final Disclosure disclosure;

    ReportsDemoData(AnnualReports reports, Disclosure disclosure) {
        this.reports = reports;
        this.disclosure = disclosure;
    }

    @Override
    public int order() {
        // last: the report sums up what every other module's demo recorded (engagement shares 600 otherwise)
        return 700;
    }

    @Override
    public String name() {
        return "reporting";
    }

    @Override
    public void load() {
        StaffIdentity officer = new DemoStaff("demo.gongkai", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
        StaffIdentity reviewer = new DemoStaff("demo.baomi", "保密审查员", "CONFIDENTIALITY_REVIEWER", DemoCounty.COUNTY);
        publishNormativeDocuments(officer, reviewer);
        AnnualReport r = reports.create(2025, officer);
        Map<NarrativeSection, String> text = new EnumMap<>(r.narrative());
        text.put(NarrativeSection.OVERVIEW, "2025年，青溪县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，"
                + "围绕基层政务公开标准化规范化建设，持续推进决策、执行、管理、服务、结果公开。");
        text.put(NarrativeSection.MANAGEMENT, "动态调整政务公开标准目录，严格执行公开前保密审查，对已公开的政策文件及时标注效力状态。");
        text.put(NarrativeSection.PLATFORM, "依托县政府门户网站政府信息公开专栏集中发布政府信息，在政务服务中心设立政务公开专区。");
        text.put(NarrativeSection.SUPERVISION, "将政务公开工作纳入年度绩效考核，组织政务公开专题培训。");
        text.put(NarrativeSection.PROBLEMS, "政策解读形式还不够丰富。下一步将增加图解、视频等解读形式，提高解读质量。");
        reports.save(r.id(), new ReportDraft(text, "36", "4", "12.5"), officer);
        // Written and published in January 2026, before the 31 January the 条例 (第四十九条) sets, as a county's would be.
        reports.submit(r.id(), LocalDate.of(2026, 1, 16), officer);
        disclosure.approveMigrated(reports.report(r.id(), officer).documentId(), LocalDate.of(2026, 1, 20), reviewer);
    }

    /** 行政规范性文件 of the county, so table 二 has documents to count: two made in 2025, one older still in force. */
    private void publishNormativeDocuments(StaffIdentity officer, StaffIdentity reviewer) {
        long node = disclosure.catalogue(DemoCounty.COUNTY).stream().filter(n -> n.name().equals("政策文件"))
                .mapToLong(CatalogueNode::id).findFirst()
                .orElseGet(() -> disclosure.catalogue(DemoCounty.COUNTY).get(0).id());
        String[][] docs = {
            {"青溪县农村集体经营性建设用地入市管理办法", "2025-04-15", "青府规〔2025〕1号"},
            {"青溪县政府投资项目管理办法", "2025-09-10", "青府规〔2025〕2号"},
            {"青溪县城乡居民临时救助实施办法", "2024-05-20", "青府规〔2024〕3号"}};
        for (String[] d : docs) {
            LocalDate written = LocalDate.parse(d[1]);
            GovDocument doc = disclosure.create(new DocumentDraft(d[0], d[2], DemoCounty.COUNTY, written,
                    written.plusDays(30), null, "综合政务", "行政规范性文件", "行政规范性文件",
                    "<p>第一条 为规范相关工作，根据有关法律法规，结合本县实际，制定本办法。</p>", List.of(node), null, null),
                    officer);
            disclosure.submit(doc.id(), officer);
            // Published on the county's former website a week after signing.
            disclosure.approveMigrated(doc.id(), written.plusDays(7), reviewer);
        }
    }

    private record DemoStaff(String username, String displayName, String roleCode, String unitCode)
            implements StaffIdentity {
    }
}
