package org.doorstep.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.cases.CaseMaterial;
import org.doorstep.cases.CaseState;
import org.doorstep.cases.CaseStep;
import org.doorstep.cases.Channel;
import org.doorstep.cases.OneTimeNotice;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FileType;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.services.Delivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rows of the cases tables; personal data is kept here unmasked and leaves only masked or for verification. */
@Repository
public class CaseStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A case row as stored. */
    public record CaseRow(long id, String number, String queryCode, String itemCode, String itemName,
            String departmentCode, Channel channel, String applicantKind, String applicantName, String applicantId,
            String applicantPhone, String applicantLogin, String acceptingUnit, String responsibleLogin,
            String responsibleName, String responsibleUnit, CaseState state, CaseState resumeState, int promisedDays,
            Delivery delivery, String trackingNumber, String reason, Long bundleId, Instant submittedAt,
            Instant dispatchedAt, Instant closedAt, int version, String applicantCreditCode) {

        /** Whom the case's certificates are issued to: a firm's 统一社会信用代码, else the applicant's 身份证号. */
        public String holderId() {
            return applicantCreditCode != null ? applicantCreditCode : applicantId;
        }
    }

    /** A 一件事 application row as stored. */
    public record BundleRow(long id, String number, String queryCode, String bundleCode, String bundleName,
            String applicantKind, String applicantName, String applicantId, String applicantPhone,
            String applicantLogin, Map<String, String> facts, Instant submittedAt, Instant completedAt,
            String resultNotice) {
    }

    private final JdbcClient jdbc;
    private final PersonalData sealed;

    CaseStore(JdbcClient jdbc, PersonalData sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    public long nextSerial() {
        return jdbc.sql("select nextval('cases_serial')").query(Long.class).single();
    }

    public long insert(CaseRow c) {
        return jdbc.sql("""
                insert into cases_case (number, query_code, item_code, item_name, department_code, channel,
                    applicant_kind, applicant_name, applicant_id, applicant_phone, applicant_login, accepting_unit,
                    responsible_login, responsible_name, responsible_unit, state, promised_days, delivery, bundle_id,
                    submitted_at, applicant_credit_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.number(), c.queryCode(), c.itemCode(), c.itemName(), c.departmentCode(), c.channel().name(),
                        c.applicantKind(), c.applicantName(), sealed.seal(Kind.ID_NUMBER, c.applicantId()),
                        sealed.seal(Kind.PHONE, c.applicantPhone()), c.applicantLogin(),
                        c.acceptingUnit(), c.responsibleLogin(), c.responsibleName(), c.responsibleUnit(),
                        c.state().name(), c.promisedDays(), c.delivery() == null ? null : c.delivery().name(),
                        c.bundleId(), ts(c.submittedAt()), c.applicantCreditCode())
                .query(Long.class).single();
    }

    /** Writes the mutable fields; fails if someone else changed the case meanwhile (optimistic lock). */
    public void update(CaseRow c) {
        int n = jdbc.sql("""
                update cases_case set responsible_login = ?, responsible_name = ?, responsible_unit = ?, state = ?,
                    resume_state = ?, delivery = ?, tracking_number = ?, reason = ?, dispatched_at = ?,
                    closed_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.responsibleLogin(), c.responsibleName(), c.responsibleUnit(), c.state().name(),
                        c.resumeState() == null ? null : c.resumeState().name(),
                        c.delivery() == null ? null : c.delivery().name(), c.trackingNumber(), c.reason(),
                        ts(c.dispatchedAt()), ts(c.closedAt()), c.id(), c.version())
                .update();
        if (n != 1) {
            throw new ConflictException("该办件刚被其他人处理过，请刷新后重试");
        }
    }

    /** Keeps the clock's due date and pause on the case, so that lists sort and filter by them in SQL. */
    public void setClock(String number, LocalDate due, boolean paused) {
        jdbc.sql("update cases_case set due_on = ?, clock_paused = ? where number = ?").params(due, paused, number)
                .update();
    }

    /** Open cases whose clock was never copied onto them (filed before the copy existed). */
    public List<String> openWithoutDueDate() {
        return jdbc.sql("select number from cases_case where closed_at is null and due_on is null").query(String.class)
                .list();
    }

    /** Which cases of a scope a list shows; {@code units} null for the top division (everything). */
    public record Scope(String[] units) {

        static final String SQL = """
                (cast(? as text[]) is null or accepting_unit = any(cast(? as text[]))
                 or ((channel = 'ONLINE' or dispatched_at is not null)
                     and department_code = any(cast(? as text[]))))""";

        Object[] params() {
            return new Object[] {units, units, units};
        }
    }

    /** A listed case with the clock columns that order the list. */
    public record Listed(CaseRow row, LocalDate due, boolean paused) {
    }

    /**
     * The open segment's order: overdue, then due within the warning days, then the rest — all simply by due date —
     * then the paused. It is the order of the index cases_case_open_due, so a page is read in order, not sorted.
     */
    private static final String ORDER = " order by clock_paused, due_on nulls last, id";

    /**
     * A page of the open cases of a scope, the most urgent first; {@code filter} is one of open, mine, warning,
     * overdue, or the step a case waits for (intake, dispatch, review, deliver); all open cases for anything else.
     */
    public List<Listed> openPage(Scope scope, String filter, String me, LocalDate today, LocalDate warnEnd,
            int offset, int limit) {
        List<Object> params = new ArrayList<>(Arrays.asList(scope.params()));
        String extra = switch (filter == null ? "" : filter) {
            case "mine" -> {
                params.add(me);
                yield " and responsible_login = ?";
            }
            case "warning" -> {
                params.addAll(List.of(today, warnEnd));
                yield " and not clock_paused and due_on >= ? and due_on < ?";
            }
            case "overdue" -> {
                params.add(today);
                yield " and not clock_paused and due_on < ?";
            }
            case "intake" -> " and state = 'SUBMITTED'";
            case "dispatch" -> " and state = 'ACCEPTED'";
            case "review" -> " and state in ('ACCEPTED', 'DISPATCHED', 'UNDER_REVIEW')";
            case "deliver" -> " and state = 'APPROVED'";
            default -> "";
        };
        params.addAll(List.of(limit, offset));
        return jdbc.sql("select * from cases_case where closed_at is null and " + Scope.SQL + extra + ORDER
                        + " limit ? offset ?")
                .params(params).query(this::listed).list();
    }

    /** A page of the closed cases of a scope, the most recently closed first, after a (closed_at, id) key. */
    public List<Listed> closedPage(Scope scope, Instant afterClosedAt, long afterId, int limit) {
        List<Object> params = new ArrayList<>(Arrays.asList(scope.params()));
        String after = "";
        if (afterClosedAt != null) {
            after = " and (closed_at, id) < (?, ?)";
            params.add(ts(afterClosedAt));
            params.add(afterId);
        }
        params.add(limit);
        return jdbc.sql("select * from cases_case where closed_at is not null and " + Scope.SQL + after
                        + " order by closed_at desc, id desc limit ?")
                .params(params).query(this::listed).list();
    }

    /** Open, overdue and warned cases of a scope, counted in one pass over the open cases. */
    public long[] openCounts(Scope scope, LocalDate today, LocalDate warnEnd) {
        List<Object> params = new ArrayList<>(List.of(today, today, warnEnd));
        params.addAll(Arrays.asList(scope.params()));
        return jdbc.sql("""
                select count(*) as open,
                       count(*) filter (where not clock_paused and due_on < ?) as overdue,
                       count(*) filter (where not clock_paused and due_on >= ? and due_on < ?) as warning
                from cases_case where closed_at is null and """ + Scope.SQL)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong("open"), rs.getLong("overdue"), rs.getLong("warning")})
                .single();
    }

    /** What waits in a scope, by the step it waits for, counted in one pass over the open cases. */
    public record DeskCounts(long intake, long dispatch, long review, long deliver, long warning, long overdue,
            long mine) {
    }

    /** The counts of a console landing: the same conditions as the filters of {@link #openPage}. */
    public DeskCounts deskCounts(Scope scope, String me, LocalDate today, LocalDate warnEnd) {
        List<Object> params = new ArrayList<>(List.of(today, warnEnd, today, me == null ? "" : me));
        params.addAll(Arrays.asList(scope.params()));
        return jdbc.sql("""
                select count(*) filter (where state = 'SUBMITTED') as intake,
                       count(*) filter (where state = 'ACCEPTED') as dispatch,
                       count(*) filter (where state in ('ACCEPTED', 'DISPATCHED', 'UNDER_REVIEW')) as review,
                       count(*) filter (where state = 'APPROVED') as deliver,
                       count(*) filter (where not clock_paused and due_on >= ? and due_on < ?) as warning,
                       count(*) filter (where not clock_paused and due_on < ?) as overdue,
                       count(*) filter (where responsible_login = ?) as mine
                from cases_case where closed_at is null and """ + Scope.SQL)
                .params(params)
                .query((rs, n) -> new DeskCounts(rs.getLong("intake"), rs.getLong("dispatch"), rs.getLong("review"),
                        rs.getLong("deliver"), rs.getLong("warning"), rs.getLong("overdue"), rs.getLong("mine")))
                .single();
    }

    private Listed listed(ResultSet rs, int n) throws SQLException {
        java.sql.Date due = rs.getDate("due_on");
        return new Listed(caseRow(rs, n), due == null ? null : due.toLocalDate(), rs.getBoolean("clock_paused"));
    }

    /**
     * Decisions (准予 or 不予批准) taken in [from, to) on cases of these items and departments: one grouped count, for
     * the annual report, however many cases there are.
     */
    public int decisionsBetween(String[] itemCodes, String[] departmentCodes, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) from cases_step s join cases_case c on c.id = s.case_id
                where s.action in ('approved', 'rejected') and s.at >= ? and s.at < ?
                  and c.item_code = any(?) and c.department_code = any(?)""")
                .params(ts(from), ts(to), itemCodes, departmentCodes).query(Integer.class).single();
    }

    public Optional<CaseRow> byNumber(String number) {
        return jdbc.sql("select * from cases_case where number = ?").param(number).query(this::caseRow)
                .optional();
    }

    public List<CaseRow> byLogin(String login) {
        return jdbc.sql("select * from cases_case where applicant_login = ? and bundle_id is null "
                + "order by submitted_at desc").param(login).query(this::caseRow).list();
    }

    public List<CaseRow> byBundle(long bundleId) {
        return jdbc.sql("select * from cases_case where bundle_id = ? order by id").param(bundleId)
                .query(this::caseRow).list();
    }

    public long insertBundle(BundleRow b) {
        return jdbc.sql("""
                insert into cases_bundle_application (number, query_code, bundle_code, bundle_name, applicant_kind,
                    applicant_name, applicant_id, applicant_phone, applicant_login, facts, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(b.number(), b.queryCode(), b.bundleCode(), b.bundleName(), b.applicantKind(),
                        b.applicantName(), sealed.seal(Kind.ID_NUMBER, b.applicantId()),
                        sealed.seal(Kind.PHONE, b.applicantPhone()), b.applicantLogin(),
                        JSON.writeValueAsString(b.facts()), ts(b.submittedAt()))
                .query(Long.class).single();
    }

    public void completeBundle(long id, Instant at, String resultNotice) {
        jdbc.sql("update cases_bundle_application set completed_at = ?, result_notice = ? where id = ?")
                .params(ts(at), resultNotice, id).update();
    }

    public Optional<BundleRow> bundleByNumber(String number) {
        return jdbc.sql("select * from cases_bundle_application where number = ?").param(number)
                .query(this::bundleRow).optional();
    }

    /** Holds the bundle's row until the transaction ends, so that its sub-cases' moves are seen one after another. */
    public void lockBundle(long id) {
        jdbc.sql("select id from cases_bundle_application where id = ? for update").param(id).query(Long.class)
                .single();
    }

    public Optional<BundleRow> bundleById(long id) {
        return jdbc.sql("select * from cases_bundle_application where id = ?").param(id)
                .query(this::bundleRow).optional();
    }

    public List<BundleRow> bundlesByLogin(String login) {
        return jdbc.sql("select * from cases_bundle_application where applicant_login = ? order by submitted_at desc")
                .param(login).query(this::bundleRow).list();
    }

    public void addMaterial(long caseId, CaseMaterial m) {
        jdbc.sql("""
                insert into cases_material (case_id, name, sha256, file_name, file_type, size_bytes, paper, given_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, m.name(), m.sha256(), m.fileName(), typeName(m.fileTypeLabel()), m.size(), m.paper(),
                        ts(m.givenAt()))
                .update();
    }

    public List<CaseMaterial> materials(long caseId) {
        return jdbc.sql("select * from cases_material where case_id = ? order by id").param(caseId)
                .query(CaseStore::material).list();
    }

    /** Uploaded files an applicant gave in earlier cases, latest first, one per material name and content. */
    public List<CaseMaterial> materialsOf(String login) {
        return jdbc.sql("""
                select distinct on (m.name, m.sha256) m.* from cases_material m join cases_case c on c.id = m.case_id
                where c.applicant_login = ? and m.sha256 is not null
                order by m.name, m.sha256, m.given_at desc""")
                .param(login).query(CaseStore::material).list();
    }

    public void addStep(long caseId, CaseStep s) {
        jdbc.sql("insert into cases_step (case_id, at, actor, actor_unit, action, label, note) values (?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, ts(s.at()), s.actor(), s.actorUnit(), s.action(), s.label(), s.note()).update();
    }

    public List<CaseStep> steps(long caseId) {
        return jdbc.sql("select * from cases_step where case_id = ? order by at, id").param(caseId)
                .query((rs, n) -> new CaseStep(instant(rs, "at"), rs.getString("actor"), rs.getString("actor_unit"),
                        rs.getString("action"), rs.getString("label"), rs.getString("note")))
                .list();
    }

    public void addNotice(long caseId, OneTimeNotice n) {
        jdbc.sql("insert into cases_notice (case_id, issued_at, issued_by, materials, note, reason) values (?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(caseId, ts(n.issuedAt()), n.issuedBy(), JSON.writeValueAsString(n.items()), n.note(),
                        n.reason())
                .update();
    }

    public void resolveNotices(long caseId, Instant at) {
        jdbc.sql("update cases_notice set resolved_at = ? where case_id = ? and resolved_at is null")
                .params(ts(at), caseId).update();
    }

    public List<OneTimeNotice> notices(long caseId) {
        return jdbc.sql("select * from cases_notice where case_id = ? order by issued_at, id").param(caseId)
                .query((rs, n) -> new OneTimeNotice(instant(rs, "issued_at"), rs.getString("issued_by"),
                        JSON.readValue(rs.getString("materials"), new TypeReference<List<OneTimeNotice.NoticeItem>>() {
                        }), rs.getString("note"), rs.getString("reason"), instant(rs, "resolved_at")))
                .list();
    }

    private CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        String delivery = rs.getString("delivery");
        String resume = rs.getString("resume_state");
        Long bundle = rs.getObject("bundle_id", Long.class);
        return new CaseRow(rs.getLong("id"), rs.getString("number"), rs.getString("query_code"),
                rs.getString("item_code"), rs.getString("item_name"), rs.getString("department_code"),
                Channel.valueOf(rs.getString("channel")), rs.getString("applicant_kind"),
                rs.getString("applicant_name"), sealed.open(Kind.ID_NUMBER, rs.getString("applicant_id")),
                sealed.open(Kind.PHONE, rs.getString("applicant_phone")),
                rs.getString("applicant_login"), rs.getString("accepting_unit"), rs.getString("responsible_login"),
                rs.getString("responsible_name"), rs.getString("responsible_unit"),
                CaseState.valueOf(rs.getString("state")), resume == null ? null : CaseState.valueOf(resume),
                rs.getInt("promised_days"), delivery == null ? null : Delivery.valueOf(delivery),
                rs.getString("tracking_number"), rs.getString("reason"), bundle,
                instant(rs, "submitted_at"), instant(rs, "dispatched_at"), instant(rs, "closed_at"),
                rs.getInt("version"), rs.getString("applicant_credit_code"));
    }

    private BundleRow bundleRow(ResultSet rs, int n) throws SQLException {
        Map<String, String> facts = JSON.readValue(rs.getString("facts"),
                new TypeReference<LinkedHashMap<String, String>>() {
                });
        return new BundleRow(rs.getLong("id"), rs.getString("number"), rs.getString("query_code"),
                rs.getString("bundle_code"), rs.getString("bundle_name"), rs.getString("applicant_kind"),
                rs.getString("applicant_name"), sealed.open(Kind.ID_NUMBER, rs.getString("applicant_id")),
                sealed.open(Kind.PHONE, rs.getString("applicant_phone")),
                rs.getString("applicant_login"), facts, instant(rs, "submitted_at"), instant(rs, "completed_at"),
                rs.getString("result_notice"));
    }

    private static CaseMaterial material(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("file_type");
        return new CaseMaterial(rs.getString("name"), rs.getString("sha256"), rs.getString("file_name"),
                type == null ? null : FileType.valueOf(type).label(), rs.getLong("size_bytes"), rs.getBoolean("paper"),
                instant(rs, "given_at"));
    }

    /** Materials carry the type's label for display; the table keeps the enum name. */
    private static String typeName(String label) {
        if (label == null) {
            return null;
        }
        for (FileType t : FileType.values()) {
            if (t.label().equals(label)) {
                return t.name();
            }
        }
        return null;
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
