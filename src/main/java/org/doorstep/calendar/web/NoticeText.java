package org.doorstep.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doorstep.calendar.CalendarDay;
import org.doorstep.calendar.DayKind;

/**
 * The State Council's holiday notice as an administrator types it, one arrangement per line, so that a whole year is
 * entered in one change (one recomputation, one message per applicant) rather than day by day:
 *
 * <pre>
 * 春节 2027-02-05 至 2027-02-13 放假
 * 春节 2027-02-14 上班
 * </pre>
 */
record NoticeText(List<CalendarDay> days, List<String> errors) {

    static final int MAX_LINES = 60;
    /** The longest run the notices have had (春节 and 国庆 with 调休) is 9 days; leave room, refuse a typo's year. */
    static final int MAX_RUN_DAYS = 15;
    private static final Pattern LINE = Pattern.compile(
            "^(\\S{1,20})\\s+(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s*(?:至|到|~|～|—|-)\\s*(\\d{4}-\\d{1,2}-\\d{1,2}))?\\s+(放假|上班)$");

    static NoticeText parse(int year, String text) {
        List<String> errors = new ArrayList<>();
        Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.strip().split("\\R");
        if (lines.length > MAX_LINES) {
            return new NoticeText(List.of(), List.of("最多 " + MAX_LINES + " 行"));
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().replace('\u3000', ' ');
            if (line.isEmpty()) {
                continue;
            }
            String where = "第 " + (i + 1) + " 行";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                errors.add(where + "格式不对，应为“名称 日期 放假”“名称 日期 至 日期 放假”或“名称 日期 上班”");
                continue;
            }
            LocalDate from = date(m.group(2));
            LocalDate to = m.group(3) == null ? from : date(m.group(3));
            if (from == null || to == null) {
                errors.add(where + "的日期不存在");
                continue;
            }
            if (from.getYear() != year || to.getYear() != year) {
                errors.add(where + "的日期不在 " + year + " 年内");
                continue;
            }
            if (to.isBefore(from) || from.plusDays(MAX_RUN_DAYS - 1).isBefore(to)) {
                errors.add(where + "的起止日期不对（结束日期应不早于开始日期，且一段不超过 " + MAX_RUN_DAYS + " 天）");
                continue;
            }
            DayKind kind = m.group(4).equals("放假") ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                CalendarDay day = new CalendarDay(d, kind, m.group(1));
                CalendarDay earlier = days.putIfAbsent(d, day);
                if (earlier != null && earlier.kind() != kind) {
                    errors.add(where + "：" + d + " 已在前面安排为" + (earlier.kind() == DayKind.HOLIDAY ? "放假" : "上班"));
                }
            }
        }
        if (errors.isEmpty() && days.isEmpty()) {
            errors.add("请至少填写一行放假或上班安排");
        }
        return new NoticeText(List.copyOf(days.values()), List.copyOf(errors));
    }

    private static LocalDate date(String s) {
        String[] p = s.split("-");
        try {
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
