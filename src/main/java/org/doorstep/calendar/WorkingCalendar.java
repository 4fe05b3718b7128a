package org.doorstep.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.doorstep.calendar.internal.CalendarStore;
import org.doorstep.platform.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The official calendar as the rest of the platform sees it. Reads come from an in-memory snapshot; every change is
 * written to the database, audited, and followed by a recomputation of all open statutory clocks.
 */
@Service
public class WorkingCalendar {

    private final CalendarStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile OfficialCalendar snapshot;

    WorkingCalendar(CalendarStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public OfficialCalendar current() {
        OfficialCalendar s = snapshot;
        if (s == null) {
            s = reload();
        }
        return s;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public DueDate due(LocalDate start, int workingDays) {
        return current().due(start, workingDays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return current().isWorkingDay(date);
    }

    public List<CalendarDay> entries(int year) {
        return current().entries(year);
    }

    /**
     * Whether a due date shown to someone may still move: it falls in a year whose official calendar is not out, so
     * it was counted over the holidays the 放假办法 grants and no 调休 yet. (Years are published in order, so a date
     * in a published year was never counted over an unpublished one.)
     */
    public boolean provisional(LocalDate due) {
        return due != null && current().isProvisional(due.getYear());
    }

    /**
     * The sentence a letter or message adds after stating a provisional due date, or "" for a settled one; a sentence
     * of its own, so that the date itself reads the same either way.
     */
    public String provisionalNote(LocalDate due) {
        return provisional(due) ? "该期限所涉 " + due.getYear() + " 年放假安排尚未公布，暂按《全国年节及纪念日放假办法》推算，"
                + "公布后如有调整，将另行告知。" : "";
    }

    /** The notice a published year was entered from (its 文号), if the year is published. */
    public java.util.Optional<String> source(int year) {
        return store.yearSource(year);
    }

    @Transactional
    public void setDay(CalendarDay day) {
        Objects.requireNonNull(day);
        var before = current().entry(day.date()).orElse(null);
        store.upsertDay(day);
        changed(new CalendarChanged("calendar.day.set", day.date().toString(), before, day));
    }

    @Transactional
    public void clearDay(LocalDate date) {
        var before = current().entry(date).orElse(null);
        if (store.deleteDay(date)) {
            changed(new CalendarChanged("calendar.day.cleared", date.toString(), before, null));
        }
    }

    /** Marks a year's calendar as the official one (no longer provisional). */
    @Transactional
    public void publishYear(int year, String source) {
        requireNotice(year, source);
        String before = store.yearSource(year).orElse(null);
        store.publishYear(year, source.strip());
        changed(new CalendarChanged("calendar.year.published", Integer.toString(year), before, source.strip()));
    }

    /**
     * Enters a year's State Council notice as a whole: its days replace whatever was entered for the year, and the year
     * is published, in one change, so each open deadline moves once and each applicant hears once.
     */
    @Transactional
    public void publishNotice(int year, String source, List<CalendarDay> days) {
        requireNotice(year, source);
        if (days.isEmpty() || days.stream().anyMatch(d -> d.date().getYear() != year)) {
            throw new InvalidInputException("放假安排应为 " + year + " 年内的日期");
        }
        String before = store.yearSource(year).orElse(null);
        store.deleteDays(year);
        days.forEach(store::upsertDay);
        store.publishYear(year, source.strip());
        changed(new CalendarChanged("calendar.year.published", Integer.toString(year), before,
                java.util.Map.of("source", source.strip(), "days", days)));
    }

    private static void requireNotice(int year, String source) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("年份应在 2000 到 2100 之间");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("请填写发布依据（如国务院办公厅通知文号）");
        }
    }

    private void changed(CalendarChanged event) {
        events.publishEvent(event);
        // Other transactions must not see the new snapshot before this one commits.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    /** Re-reads the calendar; also used after the changing transaction so the clocks see the new data. */
    synchronized OfficialCalendar reload() {
        snapshot = new OfficialCalendar(store.allDays(), store.publishedYears());
        return snapshot;
    }

    /** For the clock recomputation inside the changing transaction, before the snapshot is swapped. */
    OfficialCalendar readUncached() {
        return new OfficialCalendar(store.allDays(), store.publishedYears());
    }
}
