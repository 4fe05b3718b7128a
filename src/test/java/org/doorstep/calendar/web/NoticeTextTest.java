package org.doorstep.calendar.web;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.calendar.CalendarDay;
import org.doorstep.calendar.DayKind;
import org.junit.jupiter.api.Test;

/** The notice as typed: 国办发明电〔2025〕7号's 2026 arrangement for 国庆 and 中秋, in the form's line format. */
class NoticeTextTest {

    @Test
    void rangesAndWorkdaysBecomeDays() {
        NoticeText notice = NoticeText.parse(2026, """
                国庆节、中秋节 2026-10-01 至 2026-10-07 放假
                国庆节调休 2026-09-20 上班

                国庆节调休 2026-10-10 上班
                """);
        assertThat(notice.errors()).isEmpty();
        assertThat(notice.days()).hasSize(9);
        assertThat(notice.days()).filteredOn(d -> d.kind() == DayKind.HOLIDAY).extracting(CalendarDay::date)
                .containsExactly(parse("2026-10-01"), parse("2026-10-02"), parse("2026-10-03"), parse("2026-10-04"),
                        parse("2026-10-05"), parse("2026-10-06"), parse("2026-10-07"));
        assertThat(notice.days()).filteredOn(d -> d.kind() == DayKind.MAKEUP_WORKDAY).extracting(CalendarDay::date)
                .containsExactly(parse("2026-09-20"), parse("2026-10-10"));
    }

    @Test
    void everyWrongLineIsNamedAndNothingIsKept() {
        NoticeText notice = NoticeText.parse(2027, """
                元旦 2027-01-01 放假
                春节 2027-02-05 至 2026-02-13 放假
                春节 2027-02-30 放假
                清明节 2028-04-05 放假
                劳动节 2027-05-01 至 2027-06-30 放假
                随便写点什么
                春节 2027-01-01 上班
                """);
        assertThat(notice.errors()).hasSize(6);
        assertThat(notice.errors().get(0)).startsWith("第 2 行").contains("不在 2027 年内");
        assertThat(notice.errors().get(1)).isEqualTo("第 3 行的日期不存在");
        assertThat(notice.errors().get(2)).startsWith("第 4 行");
        assertThat(notice.errors().get(3)).startsWith("第 5 行").contains("不超过 15 天");
        assertThat(notice.errors().get(4)).startsWith("第 6 行格式不对");
        assertThat(notice.errors().get(5)).contains("2027-01-01 已在前面安排为放假");
        assertThat(NoticeText.parse(2027, "  ").errors()).containsExactly("请至少填写一行放假或上班安排");
    }
}
