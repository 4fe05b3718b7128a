package org.doorstep.calendar.web;

import java.time.LocalDate;

import org.doorstep.platform.InvalidInputException;

/** Edge validation shared by the calculator page and its API. */
final class DueQuery {

    private DueQuery() {
    }

    static LocalDate check(LocalDate start, int workingDays) {
        if (workingDays < 0 || workingDays > CalendarApiController.MAX_DAYS) {
            throw new InvalidInputException("工作日数应在 0 到 " + CalendarApiController.MAX_DAYS + " 之间");
        }
        if (start.getYear() < 2000 || start.getYear() > 2099) {
            throw new InvalidInputException("起算日应在 2000 年至 2099 年之间");
        }
        return start;
    }
}
