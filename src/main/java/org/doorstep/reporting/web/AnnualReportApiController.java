package org.doorstep.reporting.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.AnnualReports;
import org.doorstep.reporting.ReportTable;
import org.doorstep.reporting.internal.ReportBody;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published annual reports' tables as JSON, labelled in the 2021 template's own words. */
@RestController
@RequestMapping("/api/v1/annual-reports")
@Tag(name = "政府信息公开年报", description = "政府信息公开工作年度报告（2021 年版模板）的表二、表三、表四")
class AnnualReportApiController {

    private final AnnualReports reports;

    AnnualReportApiController(AnnualReports reports) {
        this.reports = reports;
    }

    /**
     * One published report.
     *
     * @param tables tables 二 (four parts), 三 and 四; each column has a {@code key}, its {@code groups} (the header
     *               path above it, outermost first) and its {@code label}; each row's {@code values} are keyed by the
     *               column keys, {@code handEntered} marks figures entered by hand (手工填报). Table 四 is the
     *               template's one row of 15 figures, without a row label, its columns keyed by header path
     *               (行政诉讼/复议后起诉/结果维持)
     * @param columnCheckHolds table 三's check 一 + 二 = （七）总计 + 四 holds in every column
     * @param url the report as published in the 政府信息公开年报 node
     */
    record ReportJson(String title, String government, String divisionCode, int year, String status,
            Instant generatedAt, Instant submittedAt, boolean columnCheckHolds, String handEnteredNote,
            List<ReportTable> tables, String url) {

        static ReportJson of(AnnualReport r) {
            return new ReportJson(r.title(), r.governmentName(), r.divisionCode(), r.year(), r.status().label(),
                    r.generatedAt(), r.submittedAt(), r.columnCheckFailures().isEmpty(), ReportBody.HAND_NOTE,
                    r.tables(), "/disclosure/documents/" + r.documentId());
        }
    }

    @GetMapping("/{year}")
    @Operation(summary = "一级政府某年度已发布的政府信息公开工作年度报告的表格数据",
            description = "行列标题使用模板原文（如“一、本年新收政府信息公开申请数量”“自然人”“商业企业”）。"
                    + "每列有 key（本表内唯一，行的 values 以此为键）、groups（列标题之上的分组标题，由外到内）和 label（列标题）；"
                    + "表四按模板为一行 15 个数据，key 为标题路径，如“行政诉讼/复议后起诉/结果维持”。"
                    + "数据为提交审查时冻结的数据；标 handEntered 的行为手工填报。")
    @ApiResponse(responseCode = "200", description = "已发布的年度报告")
    @ApiResponse(responseCode = "400", description = "年度不是 2008 年至今年之间的整数，或缺少 division 参数",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "没有这个县级或乡镇政府，或该年度报告尚未发布",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ReportJson report(@Parameter(description = "报告年度，如 2025") @PathVariable int year,
            @Parameter(description = "县或乡镇（街道）的 12 位统计用区划代码，如 361199000000") @RequestParam String division) {
        return ReportJson.of(reports.published(division, year));
    }
}
