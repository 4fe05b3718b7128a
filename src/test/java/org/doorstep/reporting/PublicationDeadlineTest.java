package org.doorstep.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;

import org.doorstep.organization.DivisionLevel;
import org.junit.jupiter.api.Test;

/**
 * 条例第四十九条: "县级以上地方人民政府的政府信息公开工作主管部门应当在每年 3 月 31 日前向社会公布本级政府上一年度政府信息公开
 * 工作年度报告" (and 1 月 31 日 for 县级以上人民政府部门). It names no date for a township; its county's rule applies.
 */
class PublicationDeadlineTest {

    @Test
    void aCountyPublishesBy31MarchOfTheFollowingYearUnderArticle49() {
        PublicationDeadline county = PublicationDeadline.of(DivisionLevel.COUNTY, 2025, MonthDay.of(1, 31));
        assertThat(county.date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(county.basis()).startsWith("条例第四十九条").contains("3 月 31 日");
        assertThat(county.missedOn(LocalDate.of(2026, 3, 31), ReportStatus.DRAFT)).isFalse();
        assertThat(county.missedOn(LocalDate.of(2026, 4, 1), ReportStatus.DRAFT)).isTrue();
        assertThat(county.missedOn(LocalDate.of(2026, 4, 1), ReportStatus.PUBLISHED)).isFalse();
    }

    @Test
    void aTownshipFollowsTheCountysRuleAndTheBasisSaysArticle49NamesNone() {
        PublicationDeadline town = PublicationDeadline.of(DivisionLevel.TOWNSHIP, 2025, PublicationDeadline.parse("01-31"));
        assertThat(town.date()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(town.basis()).contains("条例第四十九条未规定乡镇", "1 月 31 日");
        assertThat(PublicationDeadline.of(DivisionLevel.TOWNSHIP, 2025, PublicationDeadline.parse("03-15")).date())
                .isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(town.missedOn(LocalDate.of(2026, 2, 1), ReportStatus.SUBMITTED)).isTrue();
        assertThatThrownBy(() -> PublicationDeadline.parse("1月31日")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DOORSTEP_REPORTING_TOWNSHIP_DEADLINE");
    }
}
