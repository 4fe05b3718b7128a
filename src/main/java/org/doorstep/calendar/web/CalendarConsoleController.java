package org.doorstep.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.doorstep.calendar.CalendarDay;
import org.doorstep.calendar.DayKind;
import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff read the official calendar; an administrator loads each November's State Council announcement into it. */
@Controller
@RequestMapping("/console/calendar")
class CalendarConsoleController implements ConsoleMenuContributor {

    private final WorkingCalendar calendar;

    CalendarConsoleController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("工作日历", "/console/calendar", null, 800));
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Authentication auth, Model model) {
        // The permission table (accounts) grants CALENDAR_EDIT only to administrators at the top of the organisation.
        model.addAttribute("mayEdit", auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> "CALENDAR_EDIT".equals(a.getAuthority())));
        int y = year == null || year < 2000 || year > 2100 ? calendar.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("entries", calendar.entries(y));
        model.addAttribute("provisional", calendar.current().isProvisional(y));
        model.addAttribute("kinds", DayKind.values());
        return "calendar/console";
    }

    @PostMapping("/days")
    @PreAuthorize("hasAuthority('CALENDAR_EDIT')")
    String setDay(@RequestParam String date, @RequestParam String kind, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        LocalDate day = parse(date);
        try {
            calendar.setDay(new CalendarDay(day, DayKind.valueOf(kind), name.length() > 60 ? name.substring(0, 60) : name));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "请选择节假日或调休上班");
        }
        redirect.addFlashAttribute("message", "已保存 " + day + "，所有未办结事项的期限已按新日历重新计算");
        return "redirect:/console/calendar?year=" + day.getYear();
    }

    @PostMapping("/days/clear")
    @PreAuthorize("hasAuthority('CALENDAR_EDIT')")
    String clearDay(@RequestParam String date, RedirectAttributes redirect) {
        LocalDate day = parse(date);
        calendar.clearDay(day);
        redirect.addFlashAttribute("message", "已删除 " + day + " 的安排，所有未办结事项的期限已重新计算");
        return "redirect:/console/calendar?year=" + day.getYear();
    }

    @PostMapping("/years")
    @PreAuthorize("hasAuthority('CALENDAR_EDIT')")
    String publish(@RequestParam int year, @RequestParam(defaultValue = "") String source, RedirectAttributes redirect) {
        calendar.publishYear(year, source);
        redirect.addFlashAttribute("message", year + " 年日历已确认为正式日历");
        return "redirect:/console/calendar?year=" + year;
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "日期格式不正确，应为 YYYY-MM-DD");
        }
    }
}
