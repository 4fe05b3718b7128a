package org.doorstep.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.Outcome;
import org.doorstep.requests.OutcomeCategory;
import org.doorstep.requests.RemedyKind;
import org.doorstep.requests.RemedyResult;
import org.doorstep.requests.YearFigures;

/** Tables 二, 三 and 四 of the 2021 template (国办公开办函〔2021〕30号) in its own words, built from stored figures. */
public final class ReportTables {

    public static final String SECTION_2 = "二、主动公开政府信息情况";
    public static final String SECTION_3 = "三、收到和处理政府信息公开申请情况";
    public static final String SECTION_4 = "四、政府信息公开行政复议、行政诉讼情况";
    public static final String RECEIVED = "一、本年新收政府信息公开申请数量";
    public static final String CARRIED_IN = "二、上年结转政府信息公开申请数量";
    public static final String RESULTS = "三、本年度办理结果";
    public static final String CONCLUDED_TOTAL = "（七）总计";
    public static final String CARRIED_OUT = "四、结转下年度继续办理";
    public static final String TOTAL = "总计";
    public static final String ORGANISATIONS = "法人或其他组织";
    public static final String RECONSIDERATION = "行政复议";
    public static final String LITIGATION = "行政诉讼";
    public static final String LITIGATION_DIRECT = "未经复议直接起诉";
    public static final String LITIGATION_AFTER = "复议后起诉";
    static final String CHECK_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String MADE = "本年制发件数";
    static final String REPEALED = "本年废止件数";
    static final String IN_FORCE = "现行有效件数";
    static final String DECISIONS = "本年处理决定数量";
    static final String FEES = "本年收费金额（单位：万元）";
    static final String CONTENT = "信息内容";

    private ReportTables() {
    }

    /** Table 二 as its four parts, then tables 三 and 四. */
    public static List<ReportTable> of(Figures f, HandEntered hand) {
        List<ReportTable> tables = new ArrayList<>();
        List<ReportTable.Column> documents = columns(MADE, REPEALED, IN_FORCE);
        tables.add(new ReportTable(SECTION_2, "第二十条第（一）项", CONTENT, null, documents, List.of(
                row("规章", documents, false, f.rulesMade(), f.rulesRepealed(), f.rulesInForce()),
                row("行政规范性文件", documents, false, f.normativeMade(), f.normativeRepealed(),
                        f.normativeInForce()))));
        List<ReportTable.Column> decisions = columns(DECISIONS);
        tables.add(new ReportTable(SECTION_2, "第二十条第（五）项", CONTENT, null, decisions,
                List.of(row("行政许可", decisions, false, f.licensingDecisions()))));
        tables.add(new ReportTable(SECTION_2, "第二十条第（六）项", CONTENT, null, decisions, List.of(
                row("行政处罚", decisions, true, hand.penalties()),
                row("行政强制", decisions, true, hand.enforcement()))));
        List<ReportTable.Column> fees = columns(FEES);
        tables.add(new ReportTable(SECTION_2, "第二十条第（八）项", CONTENT, null, fees,
                List.of(row("行政事业性收费", fees, true, hand.feesWanYuan()))));
        tables.add(tableThree(f.requests()));
        tables.add(tableFour(f.requests()));
        return tables;
    }

    /** The table-three columns in template order: 自然人, the five organisation kinds, 总计. */
    public static List<ReportTable.Column> applicantColumns() {
        List<ReportTable.Column> c = new ArrayList<>();
        for (ApplicantType t : ApplicantType.values()) {
            c.add(new ReportTable.Column(t.label(), t.organisation() ? List.of(ORGANISATIONS) : List.of(), t.label()));
        }
        c.add(ReportTable.Column.of(TOTAL));
        return c;
    }

    static ReportTable tableThree(YearFigures y) {
        List<ReportTable.Row> rows = new ArrayList<>();
        rows.add(byApplicant(List.of(), RECEIVED, y.received()));
        rows.add(byApplicant(List.of(), CARRIED_IN, y.carriedIn()));
        for (OutcomeCategory c : OutcomeCategory.values()) {
            List<Outcome> outcomes = java.util.Arrays.stream(Outcome.values())
                    .filter(o -> o.category() == c && o.row() == o).toList();
            if (outcomes.size() == 1 && outcomes.get(0).subReason() == null) {
                rows.add(byApplicant(List.of(RESULTS), c.label(), y.concluded().get(outcomes.get(0))));
            } else {
                for (Outcome o : outcomes) {
                    rows.add(byApplicant(List.of(RESULTS, c.label()), o.subReason(), y.concluded().get(o)));
                }
            }
        }
        Map<ApplicantType, Integer> total = new java.util.EnumMap<>(ApplicantType.class);
        for (ApplicantType t : ApplicantType.values()) {
            total.put(t, y.concludedTotal(t));
        }
        rows.add(byApplicant(List.of(RESULTS), CONCLUDED_TOTAL, total));
        rows.add(byApplicant(List.of(), CARRIED_OUT, y.carriedOut()));
        return new ReportTable(SECTION_3, null, CHECK_NOTE, "申请人情况", applicantColumns(), rows);
    }

    /**
     * Table 四 as the template lays it out: one row of 15 figures under 行政复议 (结果维持, 结果纠正, 其他结果, 尚未审结,
     * 总计) and 行政诉讼, split into 未经复议直接起诉 and 复议后起诉 with the same five columns each. Labels repeat under
     * different groups, so the columns are keyed by their header path (行政诉讼/复议后起诉/结果维持).
     */
    static ReportTable tableFour(YearFigures y) {
        List<ReportTable.Column> columns = new ArrayList<>();
        Map<String, Number> values = new LinkedHashMap<>();
        for (RemedyKind k : RemedyKind.values()) {
            List<String> groups = switch (k) {
                case RECONSIDERATION -> List.of(RECONSIDERATION);
                case LITIGATION_DIRECT -> List.of(LITIGATION, LITIGATION_DIRECT);
                case LITIGATION_AFTER_RECONSIDERATION -> List.of(LITIGATION, LITIGATION_AFTER);
            };
            int sum = 0;
            for (RemedyResult r : RemedyResult.values()) {
                ReportTable.Column c = ReportTable.Column.byPath(groups, r.label());
                int n = y.remedies().getOrDefault(k, Map.of()).getOrDefault(r, 0);
                columns.add(c);
                values.put(c.key(), n);
                sum += n;
            }
            ReportTable.Column total = ReportTable.Column.byPath(groups, TOTAL);
            columns.add(total);
            values.put(total.key(), sum);
        }
        return new ReportTable(SECTION_4, null, null, null, columns,
                List.of(new ReportTable.Row(List.of(), null, values, false)));
    }

    /**
     * The template's check of table 三 per column (一 + 二 = （七）总计 + 四), including the 总计 column; each failing
     * column is named with its four figures.
     */
    public static List<String> columnCheckFailures(YearFigures y) {
        List<String> failures = new ArrayList<>();
        int[] sums = new int[4];
        for (ApplicantType t : ApplicantType.values()) {
            int a = y.received().getOrDefault(t, 0);
            int b = y.carriedIn().getOrDefault(t, 0);
            int c = y.concludedTotal(t);
            int d = y.carriedOut().getOrDefault(t, 0);
            sums[0] += a;
            sums[1] += b;
            sums[2] += c;
            sums[3] += d;
            check(failures, t.label(), a, b, c, d);
        }
        check(failures, TOTAL, sums[0], sums[1], sums[2], sums[3]);
        return failures;
    }

    private static void check(List<String> failures, String column, int a, int b, int c, int d) {
        if (a + b != c + d) {
            failures.add("表三“" + column + "”列不平衡：本年新收 " + a + " + 上年结转 " + b + " = " + (a + b) + "，而办理结果总计 "
                    + c + " + 结转下年度 " + d + " = " + (c + d));
        }
    }

    private static ReportTable.Row byApplicant(List<String> path, String label, Map<ApplicantType, Integer> counts) {
        Map<String, Number> values = new LinkedHashMap<>();
        int sum = 0;
        for (ApplicantType t : ApplicantType.values()) {
            int n = counts == null ? 0 : counts.getOrDefault(t, 0);
            values.put(t.label(), n);
            sum += n;
        }
        values.put(TOTAL, sum);
        return new ReportTable.Row(path, label, values, false);
    }

    private static List<ReportTable.Column> columns(String... labels) {
        return java.util.Arrays.stream(labels).map(ReportTable.Column::of).toList();
    }

    private static ReportTable.Row row(String label, List<ReportTable.Column> columns, boolean hand,
            Number... values) {
        Map<String, Number> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            m.put(columns.get(i).key(), values[i] instanceof BigDecimal b ? plain(b) : values[i]);
        }
        return new ReportTable.Row(List.of(), label, m, hand);
    }

    /** 12.5000 → 12.5 and 100.0000 → 100, never 1E+2. */
    static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
