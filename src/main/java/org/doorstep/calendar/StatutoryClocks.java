package org.doorstep.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.doorstep.calendar.internal.ClockStore.StoredClock;
import org.doorstep.calendar.internal.ClockStore;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory clocks that other modules keep by (owner, reference), e.g. ("requests", "YSQ-2026-0001"). Keeping them
 * here lets a calendar change recompute every open clock and report the moved due dates.
 */
@Service
public class StatutoryClocks {

    private final ClockStore store;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    StatutoryClocks(ClockStore store, WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.store = store;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional
    public StatutoryClock start(String owner, String reference, LocalDate start, int limitDays) {
        if (store.find(owner, reference).isPresent()) {
            throw new ConflictException("该事项的计时已开始");
        }
        StatutoryClock clock = StatutoryClock.start(start, limitDays);
        store.save(new StoredClock(UUID.randomUUID(), owner, reference, clock, dueOf(clock, calendar.current()), null));
        return clock;
    }

    public Optional<StatutoryClock> find(String owner, String reference) {
        return store.find(owner, reference).map(StoredClock::clock);
    }

    public Optional<StatutoryClock.ClockStatus> status(String owner, String reference) {
        return store.find(owner, reference).map(c -> {
            LocalDate today = c.stoppedOn() != null ? c.stoppedOn() : calendar.today();
            return c.clock().statusOn(calendar.current(), today);
        });
    }

    /** Where each of several clocks stands, by reference, read in two queries whatever their number (list pages). */
    public java.util.Map<String, StatutoryClock.ClockStatus> statuses(String owner,
            java.util.Collection<String> references) {
        OfficialCalendar cal = calendar.current();
        java.util.Map<String, StatutoryClock.ClockStatus> result = new java.util.HashMap<>();
        for (StoredClock c : store.findAll(owner, references)) {
            LocalDate today = c.stoppedOn() != null ? c.stoppedOn() : calendar.today();
            result.put(c.reference(), c.clock().statusOn(cal, today));
        }
        return result;
    }

    @Transactional
    public StatutoryClock pause(String owner, String reference, LocalDate on, String reason) {
        return change(owner, reference, c -> c.pause(on, reason));
    }

    /** A pause that leaves at most {@code maxDays} working days uncounted, even while it is not ended. */
    @Transactional
    public StatutoryClock pause(String owner, String reference, LocalDate on, String reason, int maxDays) {
        return change(owner, reference, c -> c.pause(on, reason, maxDays));
    }

    @Transactional
    public StatutoryClock resume(String owner, String reference, LocalDate on) {
        return change(owner, reference, c -> c.resume(on));
    }

    @Transactional
    public StatutoryClock extend(String owner, String reference, int days) {
        return change(owner, reference, c -> c.extend(days));
    }

    @Transactional
    public StatutoryClock restart(String owner, String reference, LocalDate on) {
        return change(owner, reference, c -> c.restart(on));
    }

    /** The matter is concluded; the clock no longer counts and no longer appears among open clocks. */
    @Transactional
    public void stop(String owner, String reference, LocalDate on) {
        StoredClock c = require(owner, reference);
        store.save(new StoredClock(c.id(), owner, reference, c.clock(), c.due(), on));
    }

    private StatutoryClock change(String owner, String reference, UnaryOperator<StatutoryClock> change) {
        StoredClock c = require(owner, reference);
        if (c.stoppedOn() != null) {
            throw new ConflictException("该事项已办结，计时已停止");
        }
        StatutoryClock next = change.apply(c.clock());
        store.save(new StoredClock(c.id(), owner, reference, next, dueOf(next, calendar.current()), null));
        return next;
    }

    private StoredClock require(String owner, String reference) {
        return store.find(owner, reference).orElseThrow(() -> new NotFoundException("未找到该事项的计时"));
    }

    private LocalDate dueOf(StatutoryClock clock, OfficialCalendar cal) {
        return clock.statusOn(cal, calendar.today()).due();
    }

    /** Same transaction as the calendar change: either both the calendar and the due dates move, or neither. */
    @EventListener
    void recomputeOpenClocks(CalendarChanged change) {
        recompute(calendar.readUncached(), causeOf(change));
    }

    /**
     * Version of the counting rules; raise it when a change to them can move stored due dates. 1: provisional years
     * count the 放假办法's holidays.
     */
    static final int RULES_VERSION = 1;

    /**
     * At start: stored due dates counted by an earlier version of the rules move as a calendar change would move
     * them, recorded and told — once per rules version, so an ordinary restart reads one row. The advisory lock keeps
     * two nodes starting together from moving and telling twice.
     */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional
    public void recomputeOnStart() {
        store.lockRecomputation();
        if (store.rulesVersion() >= RULES_VERSION) {
            return;
        }
        recompute(calendar.current(), "按《全国年节及纪念日放假办法》推算暂定节假日（平台更新）");
        store.setRulesVersion(RULES_VERSION);
    }

    private void recompute(OfficialCalendar cal, String cause) {
        for (StoredClock c : store.open()) {
            LocalDate due = dueOf(c.clock(), cal);
            if (!due.equals(c.due())) {
                store.save(new StoredClock(c.id(), c.owner(), c.reference(), c.clock(), due, null));
                store.recordMove(new ClockMove(null, cause, c.owner(), c.reference(), c.due(), due));
                events.publishEvent(new ClockDueDateChanged(c.owner(), c.reference(), c.due(), due));
            }
        }
    }

    /** The due dates calendar changes moved, newest first. */
    public List<ClockMove> moves(int limit, int offset) {
        return store.moves(limit, offset);
    }

    public long countMoves() {
        return store.countMoves();
    }

    /** The newest move's id, so that a change's own moves can be counted after it (ids, not clocks, are ordered). */
    public long lastMoveId() {
        return store.lastMoveId();
    }

    public long countMovesAfter(long id) {
        return store.countMovesAfter(id);
    }

    private static String causeOf(CalendarChanged change) {
        return switch (change.action()) {
            case "calendar.year.published" -> "确认 " + change.subject() + " 年正式日历";
            case "calendar.day.cleared" -> "删除 " + change.subject() + " 的日历安排";
            default -> "录入 " + change.subject() + " 的日历安排";
        };
    }
}
