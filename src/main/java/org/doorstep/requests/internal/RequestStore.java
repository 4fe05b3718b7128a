package org.doorstep.requests.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.platform.ConflictException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.Channel;
import org.doorstep.requests.CompetentAgency;
import org.doorstep.requests.DisclosureRequest;
import org.doorstep.requests.DisclosureRequest.Consultation;
import org.doorstep.requests.DisclosureRequest.Extension;
import org.doorstep.requests.DisclosureRequest.Fee;
import org.doorstep.requests.DisclosureRequest.Reply;
import org.doorstep.requests.DisclosureRequest.Supplement;
import org.doorstep.requests.Outcome;
import org.doorstep.requests.Remedy;
import org.doorstep.requests.RemedyKind;
import org.doorstep.requests.RemedyResult;
import org.doorstep.requests.RequestNotice;
import org.doorstep.requests.RequestState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the requests tables. A request is saved whole, guarded by its version. */
@Repository
public class RequestStore {

    private final JdbcClient jdbc;

    private final PersonalData sealed;

    public RequestStore(JdbcClient jdbc, PersonalData sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    /** The next registration number of a year, e.g. YSQ-2026-0007; numbers are never reused. */
    public String nextNumber(int year) {
        int n = jdbc.sql("""
                INSERT INTO requests_counter (year, last) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last = requests_counter.last + 1 RETURNING last""")
                .param(year).query(Integer.class).single();
        return String.format("YSQ-%d-%04d", year, n);
    }

    /** Keeps the query code an applicant follows the application with. */
    public void setQueryCode(String number, String code) {
        jdbc.sql("UPDATE requests_request SET query_code = ? WHERE number = ?").params(code, number).update();
    }

    /** The stored query code, empty for an unknown number or an application made before codes existed. */
    public Optional<String> queryCode(String number) {
        return jdbc.sql("SELECT query_code FROM requests_request WHERE number = ?").param(number)
                .query(String.class).optional();
    }

    public long insert(DisclosureRequest r) {
        return jdbc.sql("""
                INSERT INTO requests_request (number, division_code, applicant_type, applicant_name, identity_number,
                    contact_name, mobile, email, address, description, delivery, channel, submitted_at, received_on,
                    account_login, entered_by, state, identity_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(r.number(), r.divisionCode(), r.applicantType().name(), r.applicantName(),
                        sealed.seal(Kind.ID_NUMBER, r.identityNumber()), r.contactName(),
                        sealed.seal(Kind.PHONE, r.mobile()), r.email(), r.address(), r.description(), r.delivery(),
                        r.channel().name(), Timestamp.from(r.submittedAt()), date(r.receivedOn()), r.accountLogin(),
                        r.enteredBy(), r.state().name(), sealed.lookupHash(Kind.ID_NUMBER, r.identityNumber()))
                .query(Long.class).single();
    }

    /** Saves every changing column; fails if someone else saved the request since it was read. */
    public void save(DisclosureRequest r) {
        Supplement s = r.supplement();
        Consultation c = r.consultation();
        Extension e = r.extension();
        Fee f = r.fee();
        Reply p = r.reply();
        int n = jdbc.sql("""
                UPDATE requests_request SET received_on = ?, state = ?,
                    supplement_items = ?, supplement_notice_on = ?, supplement_due = ?, supplement_text = ?,
                    supplement_received_on = ?, consultation_party = ?, consultation_from = ?, consultation_until = ?,
                    extension_days = ?, extension_approver = ?, extension_on = ?, extension_reason = ?,
                    fee_amount = ?, fee_basis = ?, fee_notice_on = ?, fee_due = ?, fee_paid_on = ?,
                    outcome = ?, replied_on = ?, reply_text = ?, withheld = ?, withheld_reason = ?, replied_by = ?,
                    competent_agency = ?, competent_contact = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(date(r.receivedOn()), r.state().name(),
                        s == null ? null : s.items(), s == null ? null : date(s.noticeOn()),
                        s == null ? null : date(s.due()), s == null ? null : s.text(),
                        s == null ? null : date(s.receivedOn()), c == null ? null : c.party(),
                        c == null ? null : date(c.from()), c == null ? null : date(c.until()),
                        e == null ? 0 : e.days(), e == null ? null : e.approver(), e == null ? null : date(e.on()),
                        e == null ? null : e.reason(), f == null ? null : f.amount(), f == null ? null : f.basis(),
                        f == null ? null : date(f.noticeOn()), f == null ? null : date(f.due()),
                        f == null ? null : date(f.paidOn()), p == null ? null : p.outcome().name(),
                        p == null ? null : date(p.on()), p == null ? null : p.text(), p == null ? null : p.withheld(),
                        p == null ? null : p.withheldReason(), p == null ? null : p.repliedBy(),
                        p == null || p.competent() == null ? null : p.competent().name(),
                        p == null || p.competent() == null ? null : p.competent().contact(), r.id(), r.version())
                .update();
        if (n != 1) {
            throw new ConflictException("该申请刚被其他人修改过，请刷新页面后重试");
        }
    }

    public Optional<DisclosureRequest> byNumber(String number) {
        return jdbc.sql("SELECT * FROM requests_request WHERE number = ?").param(number)
                .query(this::request).optional();
    }

    public List<DisclosureRequest> byAccount(String login) {
        return jdbc.sql("SELECT * FROM requests_request WHERE account_login = ? ORDER BY submitted_at DESC, id DESC")
                .param(login).query(this::request).list();
    }

    /**
     * One page of requests matching a WHERE clause (named parameters only) in the given order, with the total counted
     * only up to the cap.
     */
    public ListPage<DisclosureRequest> page(String where, Map<String, ?> params, String orderBy, int page, int size) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", size + 1);
        p.put("offset", ListPage.offset(page, size));
        List<DisclosureRequest> rows = jdbc.sql("SELECT * FROM requests_request " + where + " ORDER BY " + orderBy
                + " LIMIT :limit OFFSET :offset").params(p).query(this::request).list();
        return ListPage.of(rows, page, size, countUpTo(where, params, ListPage.COUNT_CAP));
    }

    /** Matching rows counted up to {@code cap + 1}, so a large table is never counted in full. */
    public long countUpTo(String where, Map<String, ?> params, int cap) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM requests_request " + where + " LIMIT :cap) AS m")
                .params(params).param("cap", cap + 1).query(Long.class).single();
    }

    /**
     * The reply due date as the statutory clock last stood, kept here so that lists filter and sort on it in SQL;
     * {@code paused} while the clock does not count (a paused clock's date is its projection on the day it paused).
     */
    public void setDue(String number, LocalDate due, boolean paused) {
        jdbc.sql("UPDATE requests_request SET reply_due = ?, reply_paused = ? WHERE number = ?")
                .params(date(due), paused, number).update();
    }

    /** The calendar moved an open clock's date; pausing is not the calendar's business, so it stays as it was. */
    public void moveDue(String number, LocalDate due) {
        jdbc.sql("UPDATE requests_request SET reply_due = ? WHERE number = ?").params(date(due), number).update();
    }

    /** Received, unfinished requests without a stored due date: rows from before the column existed. */
    public List<String> missingDue() {
        return jdbc.sql("""
                SELECT number FROM requests_request
                WHERE reply_due IS NULL AND state NOT IN ('SUBMITTED', 'CLOSED') ORDER BY id""")
                .query(String.class).list();
    }

    public List<DisclosureRequest> inState(RequestState state) {
        return jdbc.sql("SELECT * FROM requests_request WHERE state = ? ORDER BY id").param(state.name())
                .query(this::request).list();
    }

    /** Applications of one applicant received in [from, to], the fee count of 国办函〔2020〕109号. */
    public int countReceived(String identityNumber, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(*) FROM requests_request
                WHERE identity_hash = ? AND received_on BETWEEN ? AND ?""")
                .params(sealed.lookupHash(Kind.ID_NUMBER, identityNumber), date(from), date(to)).query(Integer.class)
                .single();
    }

    // ---- notices

    /** Returns the notice's id, which names the step in its notification's key. */
    public long addNotice(long requestId, Instant at, LocalDate on, String title, String text) {
        return jdbc.sql("INSERT INTO requests_notice (request_id, at, on_date, title, text) VALUES (?, ?, ?, ?, ?) "
                        + "RETURNING id")
                .params(requestId, Timestamp.from(at), date(on), title, text).query(Long.class).single();
    }

    public List<RequestNotice> notices(long requestId) {
        return jdbc.sql("SELECT * FROM requests_notice WHERE request_id = ? ORDER BY id").param(requestId)
                .query((rs, i) -> new RequestNotice(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getDate("on_date").toLocalDate(), rs.getString("title"), rs.getString("text")))
                .list();
    }

    // ---- remedies

    public long addRemedy(long requestId, RemedyKind kind, RemedyResult result, LocalDate filedOn,
            LocalDate decidedOn, String note, String recordedBy) {
        return jdbc.sql("""
                INSERT INTO requests_remedy (request_id, kind, result, filed_on, decided_on, note, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(requestId, kind.name(), result.name(), date(filedOn), date(decidedOn), note, recordedBy)
                .query(Long.class).single();
    }

    public int updateRemedy(long requestId, long remedyId, RemedyResult result, LocalDate decidedOn, String note,
            String recordedBy) {
        return jdbc.sql("""
                UPDATE requests_remedy SET result = ?, decided_on = ?, note = ?, recorded_by = ?
                WHERE id = ? AND request_id = ?""")
                .params(result.name(), date(decidedOn), note, recordedBy, remedyId, requestId).update();
    }

    /** One group of a government's applications for the annual report's table 三. */
    public record YearGroup(ApplicantType type, boolean carriedIn, Outcome concluded, int count) {
    }

    /**
     * A government's applications open at some time in [first, last], grouped by applicant type, whether received
     * before the year (carried in) and the outcome if concluded within it: one grouped query.
     */
    public List<YearGroup> yearGroups(String divisionCode, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                SELECT applicant_type, received_on < ? AS carried_in,
                       CASE WHEN outcome IS NOT NULL AND replied_on <= ? THEN outcome END AS concluded, count(*) AS n
                FROM requests_request
                WHERE division_code = ? AND received_on IS NOT NULL AND received_on <= ?
                  AND (outcome IS NULL OR replied_on >= ?)
                GROUP BY 1, 2, 3""")
                .params(date(first), date(last), divisionCode, date(last), date(first))
                .query((rs, i) -> new YearGroup(ApplicantType.valueOf(rs.getString("applicant_type")),
                        rs.getBoolean("carried_in"),
                        rs.getString("concluded") == null ? null : Outcome.valueOf(rs.getString("concluded")),
                        rs.getInt("n")))
                .list();
    }

    /** Remedies (复议, 诉讼) against a government's concluded applications filed in [first, last], by kind and result. */
    public Map<RemedyKind, Map<RemedyResult, Integer>> remedyCounts(String divisionCode, LocalDate first,
            LocalDate last) {
        Map<RemedyKind, Map<RemedyResult, Integer>> m = new java.util.EnumMap<>(RemedyKind.class);
        jdbc.sql("""
                SELECT x.kind, x.result, count(*) AS n
                FROM requests_remedy x JOIN requests_request r ON r.id = x.request_id
                WHERE r.division_code = ? AND r.outcome IS NOT NULL AND x.filed_on BETWEEN ? AND ?
                GROUP BY 1, 2""")
                .params(divisionCode, date(first), date(last))
                .query(rs -> {
                    m.computeIfAbsent(RemedyKind.valueOf(rs.getString("kind")),
                            k -> new java.util.EnumMap<>(RemedyResult.class))
                            .put(RemedyResult.valueOf(rs.getString("result")), rs.getInt("n"));
                });
        return m;
    }

    /** 信息处理费 paid to a government in [first, last], in yuan. */
    public long feesPaid(String divisionCode, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                SELECT coalesce(sum(fee_amount), 0) FROM requests_request
                WHERE division_code = ? AND fee_paid_on BETWEEN ? AND ?""")
                .params(divisionCode, date(first), date(last)).query(Long.class).single();
    }

    public List<Remedy> remedies(long requestId) {
        return jdbc.sql("SELECT * FROM requests_remedy WHERE request_id = ? ORDER BY id").param(requestId)
                .query((rs, i) -> new Remedy(rs.getLong("id"), RemedyKind.valueOf(rs.getString("kind")),
                        RemedyResult.valueOf(rs.getString("result")), local(rs, "filed_on"), local(rs, "decided_on"),
                        rs.getString("note"), rs.getString("recorded_by")))
                .list();
    }

    // ---- mapping

    private DisclosureRequest request(ResultSet rs, int row) throws SQLException {
        Supplement supplement = rs.getDate("supplement_notice_on") == null ? null
                : new Supplement(rs.getString("supplement_items"), local(rs, "supplement_notice_on"),
                        local(rs, "supplement_due"), rs.getString("supplement_text"),
                        local(rs, "supplement_received_on"));
        Consultation consultation = rs.getDate("consultation_from") == null ? null
                : new Consultation(rs.getString("consultation_party"), local(rs, "consultation_from"),
                        local(rs, "consultation_until"));
        Extension extension = rs.getInt("extension_days") == 0 ? null
                : new Extension(rs.getInt("extension_days"), rs.getString("extension_approver"),
                        local(rs, "extension_on"), rs.getString("extension_reason"));
        Fee fee = rs.getDate("fee_notice_on") == null ? null
                : new Fee(rs.getInt("fee_amount"), rs.getString("fee_basis"), local(rs, "fee_notice_on"),
                        local(rs, "fee_due"), local(rs, "fee_paid_on"));
        Reply reply = rs.getString("outcome") == null ? null
                : new Reply(Outcome.valueOf(rs.getString("outcome")), local(rs, "replied_on"),
                        rs.getString("reply_text"), rs.getString("withheld"), rs.getString("withheld_reason"),
                        rs.getString("replied_by"), Outcome.valueOf(rs.getString("outcome")).namesCompetentAgency()
                                ? new CompetentAgency(rs.getString("competent_agency"),
                                        rs.getString("competent_contact"))
                                : null);
        return new DisclosureRequest(rs.getLong("id"), rs.getString("number"), rs.getString("division_code"),
                ApplicantType.valueOf(rs.getString("applicant_type")), rs.getString("applicant_name"),
                sealed.open(Kind.ID_NUMBER, rs.getString("identity_number")), rs.getString("contact_name"),
                sealed.open(Kind.PHONE, rs.getString("mobile")),
                rs.getString("email"), rs.getString("address"), rs.getString("description"),
                rs.getString("delivery"), Channel.valueOf(rs.getString("channel")),
                rs.getTimestamp("submitted_at").toInstant(), local(rs, "received_on"), rs.getString("account_login"),
                rs.getString("entered_by"), RequestState.valueOf(rs.getString("state")), supplement, consultation,
                extension, fee, reply, rs.getInt("version"));
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
