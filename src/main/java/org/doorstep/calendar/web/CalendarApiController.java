package org.doorstep.calendar.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.doorstep.calendar.DueDate;
import org.doorstep.calendar.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日历与期限计算")
class CalendarApiController {

    static final int MAX_DAYS = 365;

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/due")
    @Operation(summary = "期限计算：起算日后第 N 个工作日（起算日当天不计入）")
    DueDate due(@Parameter(description = "起算日 YYYY-MM-DD") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @Parameter(description = "工作日数，0 到 365") @RequestParam int workingDays) {
        return calendar.due(DueQuery.check(start, workingDays), workingDays);
    }
}
