package org.doorstep.reporting;

import org.doorstep.requests.YearFigures;

/**
 * Everything the platform computes for one report: table 二's countable rows, tables 三 and 四 from the requests
 * module, and the information-processing fees collected (for section 六). Stored as generated, frozen at submission.
 *
 * @param rulesMade 规章 本年制发件数 (documents of 体裁 规章 written in the year)
 * @param normativeMade 行政规范性文件 本年制发件数
 * @param licensingDecisions 行政许可 本年处理决定数量: decisions (准予 or 不予批准) on 行政许可 items in the year
 * @param requestFeesYuan 信息处理费 collected in the year, in yuan
 */
public record Figures(int rulesMade, int rulesRepealed, int rulesInForce, int normativeMade, int normativeRepealed,
        int normativeInForce, int licensingDecisions, YearFigures requests, long requestFeesYuan) {
}
