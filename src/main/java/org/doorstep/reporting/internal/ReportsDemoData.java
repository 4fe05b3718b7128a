package org.doorstep.reporting.internal;

import java.util.EnumMap;
import java.util.Map;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.DemoData;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.AnnualReports;
import org.doorstep.reporting.NarrativeSection;
import org.doorstep.reporting.ReportDraft;
import org.doorstep.disclosure.Disclosure;
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
        return 600;
    }

    @Override
    public String name() {
        return "reporting";
    }

    @Override
    public void load() {
        StaffIdentity officer = new DemoStaff("demo.gongkai", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
        StaffIdentity reviewer = new DemoStaff("demo.baomi", "保密审查员", "CONFIDENTIALITY_REVIEWER", DemoCounty.COUNTY);
        AnnualReport r = reports.create(2025, officer);
        Map<NarrativeSection, String> text = new EnumMap<>(r.narrative());
        text.put(NarrativeSection.OVERVIEW, "2025年，青溪县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，"
                + "围绕基层政务公开标准化规范化建设，持续推进决策、执行、管理、服务、结果公开。");
        text.put(NarrativeSection.MANAGEMENT, "动态调整政务公开标准目录，严格执行公开前保密审查，对已公开的政策文件及时标注效力状态。");
        text.put(NarrativeSection.PLATFORM, "依托县政府门户网站政府信息公开专栏集中发布政府信息，在政务服务中心设立政务公开专区。");
        text.put(NarrativeSection.SUPERVISION, "将政务公开工作纳入年度绩效考核，组织政务公开专题培训。");
        text.put(NarrativeSection.PROBLEMS, "政策解读形式还不够丰富。下一步将增加图解、视频等解读形式，提高解读质量。");
        reports.save(r.id(), new ReportDraft(text, "36", "4", "12.5"), officer);
        reports.submit(r.id(), officer);
        disclosure.approve(reports.report(r.id(), officer).documentId(), reviewer);
    }

    private record DemoStaff(String username, String displayName, String roleCode, String unitCode)
            implements StaffIdentity {
    }
}
