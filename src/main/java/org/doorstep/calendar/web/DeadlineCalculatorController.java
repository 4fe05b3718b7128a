package org.doorstep.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public deadline calculator (期限计算器): a plain GET form, so it works on any phone without JavaScript. */
@Controller
class DeadlineCalculatorController {

    private final WorkingCalendar calendar;

    DeadlineCalculatorController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar/deadline")
    String page(@RequestParam(required = false) String start, @RequestParam(required = false) String workingDays,
            Model model) {
        model.addAttribute("start", start == null ? calendar.today().toString() : start);
        model.addAttribute("workingDays", workingDays == null ? "20" : workingDays);
        if (start == null && workingDays == null) {
            return "calendar/deadline";
        }
        try {
            LocalDate date = parseDate(start);
            int days = parseDays(workingDays);
            model.addAttribute("answer", calendar.due(DueQuery.check(date, days), days));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "calendar/deadline";
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("start", "起算日格式不正确，应为 YYYY-MM-DD，例如 2026-09-18");
        }
    }

    private static int parseDays(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("workingDays", "工作日数应为 0 到 " + CalendarApiController.MAX_DAYS + " 之间的整数");
        }
    }
}
