package org.doorstep.reporting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.reporting.Figures;
import org.doorstep.reporting.HandEntered;
import org.doorstep.reporting.NarrativeSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reporting module's own tables: reports, and the repeal dates it learns from the disclosure module's events. */
@Repository
public class ReportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A report as stored; the status is the disclosure module's business and is derived by the facade. */
    public record ReportRow(long id, String divisionCode, int year, Map<NarrativeSection, String> narrative,
            HandEntered handEntered, Figures figures, Instant generatedAt, Long documentId, Instant submittedAt,
            String submittedBy, int version) {
    }

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String divisionCode, int year, Map<NarrativeSection, String> narrative, Figures figures,
            Instant at, String by) {
        return jdbc.sql("""
                insert into reporting_report (division_code, year, narrative, figures, generated_at, created_by,
                    updated_by, updated_at)
                values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(divisionCode, year, JSON.writeValueAsString(narrative), JSON.writeValueAsString(figures),
                        Timestamp.from(at), by, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public boolean exists(String divisionCode, int year) {
        return jdbc.sql("select count(*) from reporting_report where division_code = ? and year = ?")
                .params(divisionCode, year).query(Integer.class).single() > 0;
    }

    public void saveDraft(long id, Map<NarrativeSection, String> narrative, HandEntered hand, Instant at, String by) {
        jdbc.sql("""
                update reporting_report set narrative = cast(? as jsonb), penalties = ?, enforcement = ?,
                    fees_wan_yuan = ?, updated_by = ?, updated_at = ?, version = version + 1 where id = ?""")
                .params(JSON.writeValueAsString(narrative), hand.penalties(), hand.enforcement(), hand.feesWanYuan(),
                        by, Timestamp.from(at), id)
                .update();
    }

    public void saveFigures(long id, Figures figures, Instant at, String by) {
        jdbc.sql("""
                update reporting_report set figures = cast(? as jsonb), generated_at = ?, updated_by = ?,
                    updated_at = ?, version = version + 1 where id = ?""")
                .params(JSON.writeValueAsString(figures), Timestamp.from(at), by, Timestamp.from(at), id).update();
    }

    public void submitted(long id, long documentId, Instant at, String by) {
        jdbc.sql("""
                update reporting_report set document_id = ?, submitted_at = ?, submitted_by = ?, updated_by = ?,
                    updated_at = ?, version = version + 1 where id = ?""")
                .params(documentId, Timestamp.from(at), by, by, Timestamp.from(at), id).update();
    }

    public Optional<ReportRow> byId(long id) {
        return jdbc.sql("select * from reporting_report where id = ?").param(id).query(ReportStore::row).optional();
    }

    public Optional<ReportRow> byYear(String divisionCode, int year) {
        return jdbc.sql("select * from reporting_report where division_code = ? and year = ?")
                .params(divisionCode, year).query(ReportStore::row).optional();
    }

    public List<ReportRow> all() {
        return jdbc.sql("select * from reporting_report order by year desc, division_code").query(ReportStore::row)
                .list();
    }

    /** Only the first repeal of a document counts; a revision after it keeps the date. */
    public void recordRepeal(long documentId, String divisionCode, LocalDate on) {
        jdbc.sql("""
                insert into reporting_repeal (document_id, division_code, repealed_on) values (?, ?, ?)
                on conflict (document_id) do nothing""").params(documentId, divisionCode, on).update();
    }

    public Map<Long, LocalDate> repeals(String divisionCode) {
        Map<Long, LocalDate> m = new java.util.HashMap<>();
        jdbc.sql("select document_id, repealed_on from reporting_repeal where division_code = ?").param(divisionCode)
                .query((rs, n) -> m.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return m;
    }

    private static ReportRow row(ResultSet rs, int n) throws SQLException {
        Map<String, String> texts = JSON.readValue(rs.getString("narrative"), new TypeReference<Map<String, String>>() {
        });
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        texts.forEach((k, v) -> narrative.put(NarrativeSection.valueOf(k), v));
        BigDecimal fees = rs.getBigDecimal("fees_wan_yuan");
        HandEntered hand = new HandEntered((Integer) rs.getObject("penalties"), (Integer) rs.getObject("enforcement"),
                fees);
        long doc = rs.getLong("document_id");
        Long documentId = rs.wasNull() ? null : doc;
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new ReportRow(rs.getLong("id"), rs.getString("division_code"), rs.getInt("year"), narrative, hand,
                JSON.readValue(rs.getString("figures"), Figures.class), rs.getTimestamp("generated_at").toInstant(),
                documentId, submitted == null ? null : submitted.toInstant(), rs.getString("submitted_by"),
                rs.getInt("version"));
    }
}
