package org.doorstep.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.doorstep.calendar.ClockMove;
import org.doorstep.calendar.StatutoryClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clocks other modules keep here; the due date is stored only so that open clocks can be listed by it. */
@Repository
public class ClockStore {

    public record StoredClock(UUID id, String owner, String reference, StatutoryClock clock, LocalDate due,
            LocalDate stoppedOn) {
    }

    private final JdbcClient jdbc;

    public ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredClock> find(String owner, String reference) {
        return load("where owner = ? and reference = ?", owner, reference).stream().findFirst();
    }

    /** Several clocks of one owner in two queries (clocks, then their pauses), whatever their number. */
    public List<StoredClock> findAll(String owner, java.util.Collection<String> references) {
        return references.isEmpty() ? List.of()
                : load("where owner = ? and reference = any(?)", owner, references.toArray(String[]::new));
    }

    public List<StoredClock> open() {
        return load("where stopped_on is null");
    }

    public void save(StoredClock c) {
        jdbc.sql("""
                insert into calendar_clock (id, owner, reference, start_date, limit_days, extension_days, due_date, stopped_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set start_date = excluded.start_date, limit_days = excluded.limit_days,
                    extension_days = excluded.extension_days, due_date = excluded.due_date, stopped_on = excluded.stopped_on""")
                .params(c.id(), c.owner(), c.reference(), c.clock().start(), c.clock().limitDays(),
                        c.clock().extensionDays(), c.due(), c.stoppedOn())
                .update();
        jdbc.sql("delete from calendar_clock_pause where clock_id = ?").param(c.id()).update();
        int seq = 0;
        for (StatutoryClock.Pause p : c.clock().pauses()) {
            jdbc.sql("""
                    insert into calendar_clock_pause (clock_id, seq, from_date, until_date, reason, max_days)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(c.id(), seq++, p.from(), p.until(), p.reason(), p.maxDays()).update();
        }
    }

    public void recordMove(ClockMove move) {
        jdbc.sql("""
                insert into calendar_clock_move (cause, owner, reference, previous_due, new_due)
                values (?, ?, ?, ?, ?)""")
                .params(move.cause(), move.owner(), move.reference(), move.previousDue(), move.newDue()).update();
    }

    /** Newest first, one page; keyset-free because the list is read by a handful of officers after each change. */
    public List<ClockMove> moves(int limit, int offset) {
        return jdbc.sql("""
                select moved_at, cause, owner, reference, previous_due, new_due from calendar_clock_move
                order by moved_at desc, id desc limit ? offset ?""")
                .params(limit, offset)
                .query((rs, n) -> new ClockMove(rs.getTimestamp("moved_at").toInstant(), rs.getString("cause"),
                        rs.getString("owner"), rs.getString("reference"),
                        rs.getObject("previous_due", LocalDate.class), rs.getObject("new_due", LocalDate.class)))
                .list();
    }

    public long countMoves() {
        return jdbc.sql("select count(*) from calendar_clock_move").query(Long.class).single();
    }

    /** Held to the end of the transaction; one recomputation at a time across nodes. */
    public void lockRecomputation() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('doorstep.calendar.recompute'))").query().listOfRows();
    }

    /** The rules version the stored due dates were last recomputed with. */
    public int rulesVersion() {
        return jdbc.sql("select version from calendar_rules").query(Integer.class).single();
    }

    public void setRulesVersion(int version) {
        jdbc.sql("update calendar_rules set version = ?").param(version).update();
    }

    public long lastMoveId() {
        return jdbc.sql("select coalesce(max(id), 0) from calendar_clock_move").query(Long.class).single();
    }

    public long countMovesAfter(long id) {
        return jdbc.sql("select count(*) from calendar_clock_move where id > ?").param(id).query(Long.class).single();
    }

    private List<StoredClock> load(String where, Object... params) {
        List<Row> rows = jdbc.sql("select * from calendar_clock " + where).params(params).query(this::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<StatutoryClock.Pause>> pauses = jdbc.sql("""
                select clock_id, from_date, until_date, reason, max_days from calendar_clock_pause
                where clock_id = any(?) order by clock_id, seq""")
                .param(rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("clock_id", UUID.class),
                        new StatutoryClock.Pause(rs.getObject("from_date", LocalDate.class),
                                rs.getObject("until_date", LocalDate.class), rs.getString("reason"),
                                rs.getObject("max_days", Integer.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
        return rows.stream().map(r -> new StoredClock(r.id, r.owner, r.reference,
                new StatutoryClock(r.start, r.limit, pauses.getOrDefault(r.id, new ArrayList<>()), r.extension),
                r.due, r.stopped)).toList();
    }

    private record Row(UUID id, String owner, String reference, LocalDate start, int limit, int extension,
            LocalDate due, LocalDate stopped) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("reference"),
                rs.getObject("start_date", LocalDate.class), rs.getInt("limit_days"), rs.getInt("extension_days"),
                rs.getObject("due_date", LocalDate.class), rs.getObject("stopped_on", LocalDate.class));
    }
}
