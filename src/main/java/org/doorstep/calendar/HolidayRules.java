package org.doorstep.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * The holidays 《全国年节及纪念日放假办法》 (2024 revision) itself grants, for a year whose State Council notice is not
 * out yet: the days of 第二条 and, for those that fall on a Saturday or Sunday, 补假 on the following working days
 * (第六条: "全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假"). The notice's 调休 (make-up working days and
 * bridged days, 第七条) cannot be foreseen, so a provisional year has none.
 *
 * <p>Lunar dates and 清明 (the Beijing date the sun reaches ecliptic longitude 15°) come from the lunar library,
 * which reckons new moons and solar terms in Beijing time as the observatory does.
 */
final class HolidayRules {


    private HolidayRules() {
    }

    /** The year's statutory holidays and their 补假, in date order. */
    static List<CalendarDay> provisionalYear(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, 1, 1), "元旦");
        LocalDate springFestival = lunar(year, 1, 1);
        for (int d = -1; d <= 2; d++) {
            add(holidays, springFestival.plusDays(d), "春节");
        }
        add(holidays, qingming(year), "清明节");
        add(holidays, LocalDate.of(year, 5, 1), "劳动节");
        add(holidays, LocalDate.of(year, 5, 2), "劳动节");
        add(holidays, lunar(year, 5, 5), "端午节");
        add(holidays, lunar(year, 8, 15), "中秋节");
        for (int d = 1; d <= 3; d++) {
            add(holidays, LocalDate.of(year, 10, d), "国庆节");
        }
        Map<LocalDate, String> days = new LinkedHashMap<>(holidays);
        Map<LocalDate, String> substitutes = new TreeMap<>();
        holidays.forEach((date, name) -> {
            // A festival day on a weekend (第六条), and each further festival on an already-given day (中秋 on 1 October:
            // the 2020 notice still gave both festivals' four days), each get the next free working day.
            String[] festivals = name.split("、");
            int owed = (isWeekend(date) ? 1 : 0) + festivals.length - 1;
            for (int i = 0; i < owed; i++) {
                LocalDate sub = date.plusDays(1);
                while (isWeekend(sub) || holidays.containsKey(sub) || substitutes.containsKey(sub)) {
                    sub = sub.plusDays(1);
                }
                substitutes.put(sub, festivals[i < festivals.length - 1 ? i : 0] + "补假");
            }
        });
        days.putAll(substitutes);
        List<CalendarDay> result = new ArrayList<>();
        new TreeMap<>(days).forEach((date, name) -> result.add(new CalendarDay(date, DayKind.HOLIDAY, name)));
        return List.copyOf(result);
    }

    /** Two festivals on one day (中秋 on 1 October) share the date's name; the lost day is given back as 补假. */
    private static void add(Map<LocalDate, String> holidays, LocalDate date, String name) {
        holidays.merge(date, name, (a, b) -> a.equals(b) ? a : a + "、" + b);
    }

    /** The Gregorian date of a day of a (non-leap) month of the lunar year that begins in {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        return date(Lunar.fromYmd(year, month, day).getSolar());
    }

    /** 清明: the Beijing date on which the sun's ecliptic longitude reaches 15°. */
    static LocalDate qingming(int year) {
        return date(Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable().get("清明"));
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
