package org.doorstep.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.doorstep.organization.DivisionLevel;

/**
 * When a government must publish its annual report for a year. 条例第四十九条: "县级以上人民政府部门应当在每年 1 月 31 日前
 * …… 县级以上地方人民政府的政府信息公开工作主管部门应当在每年 3 月 31 日前向社会公布本级政府上一年度政府信息公开工作年度报告".
 * It names no date for townships; they follow their county's rule, a setting of the installation.
 *
 * @param date the last day to publish, in the year after the report's
 * @param basis where that day comes from, as shown beside it
 */
public record PublicationDeadline(LocalDate date, String basis) {

    public static final MonthDay COUNTY = MonthDay.of(3, 31);

    /** The deadline of a government of {@code level} for the report on {@code year}. */
    public static PublicationDeadline of(DivisionLevel level, int year, MonthDay townshipRule) {
        return level == DivisionLevel.COUNTY
                ? new PublicationDeadline(COUNTY.atYear(year + 1), "条例第四十九条：县级以上地方人民政府于每年 3 月 31 日前公布")
                : new PublicationDeadline(townshipRule.atYear(year + 1), "条例第四十九条未规定乡镇（街道）的期限；按本县规定于每年 "
                        + townshipRule.getMonthValue() + " 月 " + townshipRule.getDayOfMonth() + " 日前公布");
    }

    /** A setting such as {@code 01-31} (month and day). */
    public static MonthDay parse(String setting) {
        try {
            return MonthDay.parse("--" + setting.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("DOORSTEP_REPORTING_TOWNSHIP_DEADLINE should be month-day, e.g. 01-31, not "
                    + setting, e);
        }
    }

    /** Not published and the day has passed. */
    public boolean missedOn(LocalDate today, ReportStatus status) {
        return status != ReportStatus.PUBLISHED && today.isAfter(date);
    }
}
