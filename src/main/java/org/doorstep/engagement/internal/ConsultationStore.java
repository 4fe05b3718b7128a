package org.doorstep.engagement.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    public long insert(Consultation c, Instant at) {
        return jdbc.sql("""
                INSERT INTO engagement_consultation (unit_code, channel, category, question, answer, minutes, asked_on,
                    recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(c.unitCode(), c.channel().name(), c.category(), c.question(), c.answer(), c.minutes(),
                        Date.valueOf(c.askedOn()), c.recordedBy(), Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Consultations asked in [from, to], newest first. */
    public List<Consultation> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM engagement_consultation WHERE asked_on BETWEEN ? AND ?
                ORDER BY asked_on DESC, id DESC""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> new Consultation(rs.getLong("id"), rs.getString("unit_code"),
                        ConsultationChannel.valueOf(rs.getString("channel")), rs.getString("category"),
                        rs.getString("question"), rs.getString("answer"), rs.getInt("minutes"),
                        rs.getDate("asked_on").toLocalDate(), rs.getString("recorded_by")))
                .list();
    }

    public int count() {
        return jdbc.sql("SELECT count(*) FROM engagement_consultation").query(Integer.class).single();
    }
}
