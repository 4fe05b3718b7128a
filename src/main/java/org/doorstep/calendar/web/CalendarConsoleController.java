package org.doorstep.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.doorstep.calendar.CalendarDay;
import org.doorstep.calendar.DayKind;
import org.doorstep.calendar.StatutoryClocks;
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

    private static final int MOVES_PER_PAGE = 50;

    private final WorkingCalendar calendar;
    private final StatutoryClocks clocks;

    CalendarConsoleController(WorkingCalendar calendar, StatutoryClocks clocks) {
        this.calendar = calendar;
        this.clocks = clocks;
    }

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("工作日历", "/console/calendar", null, 800));
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page,
            Authentication auth, Model model) {
        // The permission table (accounts) grants CALENDAR_EDIT only to administrators at the top of the organisation.
        model.addAttribute("mayEdit", auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> "CALENDAR_EDIT".equals(a.getAuthority())));
        int y = year == null || year < 2000 || year > 2100 ? calendar.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("entries", calendar.entries(y));
        boolean provisional = calendar.current().isProvisional(y);
        model.addAttribute("source", calendar.source(y).orElse(null));
        model.addAttribute("provisional", provisional);
        // What the law alone gives (放假办法第二条、第六条), shown so that officers can see what deadlines count now.
        model.addAttribute("computed", provisional ? calendar.current().provisionalHolidays(y) : List.of());
        model.addAttribute("kinds", DayKind.values());
        long total = clocks.countMoves();
        int pages = (int) Math.max(1, (total + MOVES_PER_PAGE - 1) / MOVES_PER_PAGE);
        int p = Math.min(Math.max(1, page), pages);
        model.addAttribute("moves", clocks.moves(MOVES_PER_PAGE, (p - 1) * MOVES_PER_PAGE));
        model.addAttribute("movesTotal", total);
        model.addAttribute("movesPage", p);
        model.addAttribute("movesPages", pages);
        return "calendar/console";
    }

    @PostMapping("/days")
    @PreAuthorize("hasAuthority('CALENDAR_EDIT')")
    String setDay(@RequestParam String date, @RequestParam String kind, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        LocalDate day = parse(date);
        long before = clocks.lastMoveId();
        try {
            calendar.setDay(new CalendarDay(day, DayKind.valueOf(kind), name.length() > 60 ? name.substring(0, 60) : name));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "请选择节假日或调休上班");
        }
        redirect.addFlashAttribute("message", "已保存 " + day + "，未办结事项的期限已按新日历重新计算" + moved(before));
        return "redirect:/console/calendar?year=" + day.getYear();
    }

    @PostMapping("/days/clear")
    @PreAuthorize("hasAuthority('CALENDAR_EDIT')")
    String clearDay(@RequestParam String date, RedirectAttributes redirect) {
        LocalDate day = parse(date);
        long before = clocks.lastMoveId();
        calendar.clearDay(day);
        redirect.addFlashAttribute("message", "已删除 " + day + " 的安排，未办结事项的期限已重新计算" + moved(before));
        return "redirect:/console/calendar?year=" + day.getYear();
    }

    /** The whole notice at once: its lines replace the year's entries and the year is confirmed, in one change. */
    @PostMapping("/notice")
    @PreAuthorize("hasAuthority('CALENDAR_EDIT')")
    String publishNotice(@RequestParam int year, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String arrangement, Authentication auth, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        NoticeText notice = NoticeText.parse(year, arrangement);
        List<String> errors = new java.util.ArrayList<>(notice.errors());
        if (source.isBlank()) {
            errors.add(0, "请填写发布依据（如国务院办公厅通知文号）");
        }
        if (!errors.isEmpty()) {
            // Shown again with what was typed, so that a long notice is not lost to one wrong line.
            response.setStatus(400);
            model.addAttribute("noticeErrors", errors);
            model.addAttribute("noticeText", arrangement);
            model.addAttribute("noticeSource", source);
            return page(year, 1, auth, model);
        }
        long before = clocks.lastMoveId();
        calendar.publishNotice(year, source.length() > 200 ? source.substring(0, 200) : source, notice.days());
        redirect.addFlashAttribute("message", year + " 年放假通知已录入（" + notice.days().size() + " 天），日历已确认为正式日历"
                + moved(before));
        return "redirect:/console/calendar?year=" + year;
    }

    @PostMapping("/years")
    @PreAuthorize("hasAuthority('CALENDAR_EDIT')")
    String publish(@RequestParam int year, @RequestParam(defaultValue = "") String source, RedirectAttributes redirect) {
        long before = clocks.lastMoveId();
        calendar.publishYear(year, source);
        redirect.addFlashAttribute("message", year + " 年日历已确认为正式日历，未办结事项的期限已重新计算" + moved(before));
        return "redirect:/console/calendar?year=" + year;
    }

    private String moved(long before) {
        long n = clocks.countMovesAfter(before);
        return n == 0 ? "，没有期限变动。" : "，" + n + " 个期限随之调整，见下方“期限调整记录”，申请人已收到通知。";
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "日期格式不正确，应为 YYYY-MM-DD");
        }
    }
}
