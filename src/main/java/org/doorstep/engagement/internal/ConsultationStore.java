package org.doorstep.engagement.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doorstep.engagement.Consultation;
import org.doorstep.engagement.ConsultationChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for logged consultations. */
@Repository
public class ConsultationStore {

    private final JdbcClient jdbc;

    public ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a consultation with the keywords of its question, segmented once here rather than on every count. */
    public long insert(Consultation c, Instant at, Set<String> keywords) {
        return jdbc.sql("""
                INSERT INTO engagement_consultation (unit_code, channel, category, question, answer, minutes, asked_on,
                    recorded_by, recorded_at, keywords)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(c.unitCode(), c.channel().name(), c.category(), c.question(), c.answer(), c.minutes(),
                        Date.valueOf(c.askedOn()), c.recordedBy(), Timestamp.from(at), keywords.toArray(String[]::new))
                .query(Long.class).single();
    }

    /** Questions logged before their keywords were kept, a batch at a time: id → question. */
    public Map<Long, String> withoutKeywords(int limit) {
        Map<Long, String> m = new LinkedHashMap<>();
        jdbc.sql("SELECT id, question FROM engagement_consultation WHERE keywords IS NULL ORDER BY id LIMIT ?")
                .param(limit).query(rs -> {
                    m.put(rs.getLong("id"), rs.getString("question"));
                });
        return m;
    }

    public void setKeywords(long id, Set<String> keywords) {
        jdbc.sql("UPDATE engagement_consultation SET keywords = ? WHERE id = ?")
                .params(keywords.toArray(String[]::new), id).update();
    }

    /** Where a scope's consultations are: {@code units} null for the top division (everything). */
    private static final String SCOPE = "(cast(? as text[]) IS NULL OR unit_code = any(cast(? as text[])))";

    /**
     * In how many consultations of a scope in [from, to] each category ({@code keywords} false) or keyword appears:
     * one grouped query.
     */
    public Map<String, Integer> termCounts(String[] units, LocalDate from, LocalDate to, boolean keywords) {
        String term = keywords ? "k" : "category";
        String source = keywords ? "engagement_consultation, unnest(keywords) k" : "engagement_consultation";
        Map<String, Integer> m = new HashMap<>();
        jdbc.sql("SELECT " + term + " AS term, count(*) AS n FROM " + source + " WHERE asked_on BETWEEN ? AND ? AND "
                        + SCOPE + " GROUP BY " + term)
                .params(Date.valueOf(from), Date.valueOf(to), units, units)
                .query(rs -> {
                    m.put(rs.getString("term"), rs.getInt("n"));
                });
        return m;
    }

    public int countBetween(String[] units, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM engagement_consultation WHERE asked_on BETWEEN ? AND ? AND " + SCOPE)
                .params(Date.valueOf(from), Date.valueOf(to), units, units).query(Integer.class).single();
    }

    /** A filter of the console list: a scope's consultations of [from, to], optionally one channel and category. */
    private static final String LISTED = "asked_on BETWEEN ? AND ? AND " + SCOPE
            + " AND (cast(? as text) IS NULL OR channel = ?) AND (cast(? as text) IS NULL OR category = ?)";

    private static Object[] listed(String[] units, LocalDate from, LocalDate to, String channel, String category,
            Object... more) {
        Object[] head = {Date.valueOf(from), Date.valueOf(to), units, units, channel, channel, category, category};
        Object[] all = java.util.Arrays.copyOf(head, head.length + more.length);
        System.arraycopy(more, 0, all, head.length, more.length);
        return all;
    }

    /** {@code limit} consultations of the filter from {@code offset}, newest first. */
    public List<Consultation> page(String[] units, LocalDate from, LocalDate to, String channel, String category,
            long offset, int limit) {
        return jdbc.sql("SELECT * FROM engagement_consultation WHERE " + LISTED
                        + " ORDER BY asked_on DESC, id DESC LIMIT ? OFFSET ?")
                .params(listed(units, from, to, channel, category, limit, offset)).query(ConsultationStore::row)
                .list();
    }

    /** How many consultations the filter holds and their average minutes (0 when none), in one pass. */
    public long[] countAndAverageMinutes(String[] units, LocalDate from, LocalDate to, String channel,
            String category) {
        return jdbc.sql("SELECT count(*) AS n, coalesce(round(avg(minutes)), 0) AS m FROM engagement_consultation WHERE "
                        + LISTED)
                .params(listed(units, from, to, channel, category))
                .query((rs, i) -> new long[] {rs.getLong("n"), rs.getLong("m")}).single();
    }

    /**
     * The questions of a scope in [from, to] of a category or with a keyword, grouped: how often each was asked and
     * its latest answer, the most asked first, at most {@code limit}; and how many consultations matched in all.
     */
    public MostAsked mostAsked(String[] units, LocalDate from, LocalDate to, boolean keyword, String term, int limit) {
        long[] total = {0};
        List<AskedQuestion> top = jdbc.sql("""
                        SELECT question, count(*) AS n, (array_agg(answer ORDER BY asked_on DESC, id DESC))[1] AS answer,
                            sum(count(*)) OVER () AS total
                        FROM engagement_consultation WHERE asked_on BETWEEN ? AND ? AND """ + SCOPE
                        + (keyword ? " AND keywords @> array[?]::text[]" : " AND category = ?")
                        + " GROUP BY question ORDER BY n DESC, question LIMIT ?")
                .params(Date.valueOf(from), Date.valueOf(to), units, units, term, limit)
                .query((rs, i) -> {
                    total[0] = rs.getLong("total");
                    return new AskedQuestion(rs.getString("question"), rs.getString("answer"), rs.getInt("n"));
                }).list();
        return new MostAsked(total[0], top);
    }

    /** A question as often as it was asked, with its latest answer. */
    public record AskedQuestion(String question, String answer, int times) {
    }

    /** How many consultations matched, and the questions asked most often among them. */
    public record MostAsked(long consultations, List<AskedQuestion> questions) {
    }

    private static Consultation row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Consultation(rs.getLong("id"), rs.getString("unit_code"),
                ConsultationChannel.valueOf(rs.getString("channel")), rs.getString("category"),
                rs.getString("question"), rs.getString("answer"), rs.getInt("minutes"),
                rs.getDate("asked_on").toLocalDate(), rs.getString("recorded_by"));
    }

    public int count() {
        return jdbc.sql("SELECT count(*) FROM engagement_consultation").query(Integer.class).single();
    }
}
