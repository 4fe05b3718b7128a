package org.doorstep.disclosure;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.disclosure.internal.BodySanitizer;
import org.doorstep.disclosure.internal.DisclosureStore;
import org.doorstep.organization.Department;
import org.doorstep.organization.Division;
import org.doorstep.organization.DivisionLevel;
import org.doorstep.organization.Organization;
import org.doorstep.organization.UnitScope;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.FileStore;
import org.doorstep.platform.FileType;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.StoredFile;
import org.doorstep.platform.Where;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure module's facade: each government's catalogue, its documents, their review and publishing, and the
 * public read side. Staff methods check the caller's role and unit scope themselves, so every caller is safe.
 */
@Service
public class Disclosure {

    /** The first level every government's catalogue holds (国办 standard catalogue). */
    public static final List<String> FIXED_NODES = List.of("政府信息公开指南", "政府信息公开制度", "法定主动公开内容",
            "政府信息公开年报");
    /** 条例 Art. 26: proactively disclosed information is public within 20 working days of being formed. */
    public static final int ART26_WORKING_DAYS = 20;
    public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;
    /** A review opinion is a paragraph or two, not a memo: longer text goes into an attachment of the draft. */
    public static final int MAX_OPINION_CHARS = 1000;
    static final Set<FileType> ATTACHMENT_TYPES = EnumSet.allOf(FileType.class);

    private final DisclosureStore store;
    private final Organization organization;
    private final WorkingCalendar calendar;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Permissions permissions;

    Disclosure(DisclosureStore store, Organization organization, WorkingCalendar calendar, FileStore files,
            ApplicationEventPublisher events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.store = store;
        this.organization = organization;
        this.calendar = calendar;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    // ================================================================ catalogue

    /** The governments that keep a catalogue: the county and each township (街道). */
    public List<Division> governments() {
        return organization.divisions().stream().filter(d -> d.level() != DivisionLevel.VILLAGE).toList();
    }

    /** Each government's code and the name it publishes under, in the order of {@link #governments()}. */
    public Map<String, String> governmentNames() {
        Map<String, String> result = new LinkedHashMap<>();
        for (Division d : governments()) {
            result.put(d.code(), governmentName(d));
        }
        return result;
    }

    public Division government(String divisionCode) {
        return organization.division(divisionCode).filter(d -> d.level() != DivisionLevel.VILLAGE)
                .orElseThrow(() -> new NotFoundException("没有这个县级或乡镇政府"));
    }

    /** The catalogue of a government, creating its four first-level nodes on first use. */
    @Transactional
    public List<CatalogueNode> catalogue(String divisionCode) {
        government(divisionCode);
        store.ensureFixedNodes(divisionCode, FIXED_NODES);
        return store.nodes(divisionCode);
    }

    public Optional<CatalogueNode> node(long id) {
        return store.node(id);
    }

    @Transactional
    public CatalogueNode addNode(String divisionCode, Long parentId, CatalogueItem item, String reason,
            StaffIdentity me) {
        requireCatalogueEditor(divisionCode, me);
        catalogue(divisionCode);
        validate(item, reason);
        if (parentId != null) {
            CatalogueNode parent = store.node(parentId).filter(p -> p.divisionCode().equals(divisionCode))
                    .orElseThrow(() -> new InvalidInputException("parentId", "上级栏目不存在"));
            parentId = parent.id();
        }
        long id = store.insertNode(divisionCode, parentId, clean(item));
        CatalogueNode node = store.node(id).orElseThrow();
        store.recordNodeHistory(node, "新增", describe(node), reason.strip(), me.username());
        events.publishEvent(new CatalogueChanged("disclosure.catalogue.added", divisionCode + "/" + id, null,
                describe(node), divisionCode, id));
        return node;
    }

    @Transactional
    public CatalogueNode updateNode(long id, CatalogueItem item, String reason, StaffIdentity me) {
        CatalogueNode before = store.node(id).orElseThrow(() -> new NotFoundException("没有这个目录栏目"));
        requireCatalogueEditor(before.divisionCode(), me);
        validate(item, reason);
        CatalogueItem cleaned = clean(item);
        if (before.fixed() && !before.name().equals(cleaned.name())) {
            throw new InvalidInputException("name", "标准目录的一级栏目不能改名");
        }
        store.updateNode(id, cleaned);
        CatalogueNode after = store.node(id).orElseThrow();
        store.recordNodeHistory(after, "修改", describe(after), reason.strip(), me.username());
        events.publishEvent(new CatalogueChanged("disclosure.catalogue.changed", after.divisionCode() + "/" + id,
                describe(before), describe(after), after.divisionCode(), id));
        return after;
    }

    @Transactional
    public void removeNode(long id, String reason, StaffIdentity me) {
        CatalogueNode node = store.node(id).orElseThrow(() -> new NotFoundException("没有这个目录栏目"));
        requireCatalogueEditor(node.divisionCode(), me);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请填写调整原因");
        }
        if (node.fixed()) {
            throw new ConflictException("标准目录的一级栏目不能删除");
        }
        if (store.hasChildren(id)) {
            throw new ConflictException("请先删除或移走该栏目的下级栏目");
        }
        store.removeNode(id);
        store.recordNodeHistory(node, "删除", describe(node), reason.strip(), me.username());
        events.publishEvent(new CatalogueChanged("disclosure.catalogue.removed", node.divisionCode() + "/" + id,
                describe(node), null, node.divisionCode(), id));
    }

    public List<CatalogueRevision> catalogueHistory(String divisionCode) {
        return store.history(divisionCode);
    }

    void requireCatalogueEditor(String divisionCode, StaffIdentity me) {
        boolean role = permissions.may(me, Permission.CATALOGUE_EDIT);
        if (!role || !organization.isWithin(divisionCode, me.unitCode())) {
            throw new org.springframework.security.access.AccessDeniedException("只有本级政务公开专员可以调整目录");
        }
    }

    private static void validate(CatalogueItem item, String reason) {
        FieldErrors errors = check(item);
        if (reason == null || reason.isBlank()) {
            errors.reject("reason", "请填写调整原因");
        }
        errors.throwIfAny();
    }

    /** The problems of a catalogue item by field (name, attribute, exemptGround), without saving anything. */
    static FieldErrors check(CatalogueItem item) {
        FieldErrors errors = new FieldErrors();
        if (item.name() == null || item.name().isBlank() || item.name().strip().length() > 100) {
            errors.reject("name", "请填写栏目名称（不超过 100 字）");
        }
        if (item.attribute() == null) {
            errors.reject("attribute", "请选择公开属性");
        } else if (item.attribute() == DisclosureAttribute.EXEMPT && item.exemptGround() == null) {
            errors.reject("exemptGround", "不予公开的事项必须写明法定依据（条例第十四、十五、十六条）");
        }
        return errors;
    }

    private static CatalogueItem clean(CatalogueItem i) {
        return new CatalogueItem(i.name().strip(), s(i.content()), s(i.basis()), s(i.timeLimit()), s(i.subject()),
                s(i.method()), s(i.channel()), s(i.audience()), i.attribute(),
                i.attribute() == DisclosureAttribute.EXEMPT ? i.exemptGround() : null);
    }

    private static String s(String v) {
        return v == null ? "" : v.strip();
    }

    private static String describe(CatalogueNode n) {
        return "名称=" + n.name() + "；内容=" + n.content() + "；依据=" + n.basis() + "；时限=" + n.timeLimit() + "；主体="
                + n.subject() + "；方式=" + n.method() + "；渠道=" + n.channel() + "；公开对象=" + n.audience() + "；属性="
                + n.attribute().label() + (n.exemptGround() == null ? "" : "（" + n.exemptGround().label() + "）");
    }

    // ================================================================ documents: staff side

    /** The publishers an officer may choose: the government itself and its departments. */
    public Map<String, String> publishers(String divisionCode) {
        Map<String, String> result = new LinkedHashMap<>();
        result.put(divisionCode, governmentName(government(divisionCode)));
        for (Department d : organization.departments(divisionCode)) {
            result.put(d.code(), d.name());
        }
        return result;
    }

    /** The name a government publishes under, e.g. 青溪县人民政府 or 西东街道办事处. */
    public static String governmentName(Division d) {
        return d.name() + (d.urban() && d.level() == DivisionLevel.TOWNSHIP ? "办事处" : "人民政府");
    }

    /** The government an officer works for (their unit's division). */
    public String divisionOf(StaffIdentity me) {
        return organization.unit(me.unitCode()).map(u -> u.divisionCode())
                .orElseThrow(() -> new InvalidInputException("您的账号未关联单位"));
    }

    @Transactional
    public GovDocument create(DocumentDraft draft, StaffIdentity me) {
        requireRole(me, Permission.DOCUMENT_EDIT, "只有政务公开专员可以起草文件");
        String division = divisionOf(me);
        Map<String, Object> columns = columns(draft, division);
        LocalDate written = draft.writtenOn();
        String organ = division.substring(0, 9);
        int serial = store.nextSerial(organ, written.getYear());
        String indexNumber = "%s/%d-%05d".formatted(organ, written.getYear(), serial);
        columns.put("index_number", indexNumber);
        columns.put("division_code", division);
        columns.put("unit_code", me.unitCode());
        columns.put("state", DocumentState.DRAFT.name());
        columns.put("author", me.username());
        long id = store.insertDocument(columns);
        store.setNodes(id, draft.nodeIds());
        changed("disclosure.document.created", indexNumber, null, draft.title());
        return load(id);
    }

    @Transactional
    public GovDocument update(long id, DocumentDraft draft, StaffIdentity me) {
        GovDocument d = staffDocument(id, me);
        requireRole(me, Permission.DOCUMENT_EDIT, "只有政务公开专员可以修改文件");
        if (!d.state().isEditable()) {
            throw new ConflictException("只有草稿或被退回的文件可以修改；已发布的文件请使用“修订”");
        }
        Map<String, Object> columns = columns(draft, d.divisionCode());
        store.updateDocument(id, columns);
        store.setNodes(id, draft.nodeIds());
        changed("disclosure.document.edited", d.indexNumber(), d.title(), draft.title());
        return load(id);
    }

    @Transactional
    public Attachment attach(long id, InputStream content, String originalName, StaffIdentity me) {
        GovDocument d = staffDocument(id, me);
        requireRole(me, Permission.DOCUMENT_EDIT, "只有政务公开专员可以上传附件");
        if (!d.state().isEditable()) {
            throw new ConflictException("只有草稿或被退回的文件可以添加附件");
        }
        StoredFile f = files.store(content, originalName, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES);
        Attachment a = new Attachment(f.sha256(), f.displayName(), f.type(), f.size());
        store.addAttachment(id, a);
        changed("disclosure.document.attached", d.indexNumber(), null, a.displayName());
        return a;
    }

    @Transactional
    public void removeAttachment(long id, String sha256, StaffIdentity me) {
        GovDocument d = staffDocument(id, me);
        requireRole(me, Permission.DOCUMENT_EDIT, "只有政务公开专员可以删除附件");
        if (!d.state().isEditable()) {
            throw new ConflictException("只有草稿或被退回的文件可以删除附件");
        }
        store.removeAttachment(id, sha256);
        changed("disclosure.document.attachment-removed", d.indexNumber(), d.attachments().stream()
                .filter(a -> a.sha256().equals(sha256)).map(Attachment::displayName).findFirst().orElse(sha256), null);
    }

    @Transactional
    public GovDocument submit(long id, StaffIdentity me) {
        GovDocument d = staffDocument(id, me);
        requireRole(me, Permission.DOCUMENT_EDIT, "只有政务公开专员可以提交审查");
        if (!d.state().isEditable()) {
            throw new ConflictException("该文件当前状态不能提交审查");
        }
        return move(d, DocumentState.SUBMITTED, Map.of("return_reason", ""), "disclosure.document.submitted");
    }

    /** Confidentiality review passed, without an opinion: see {@link #approve(long, String, StaffIdentity)}. */
    @Transactional
    public GovDocument approve(long id, StaffIdentity me) {
        return approve(id, "", me);
    }

    /**
     * Confidentiality review passed: the document is published now, or at the scheduled time. The reviewer's opinion
     * (may be empty) is kept in the review history and the audit trail, never on the portal.
     */
    @Transactional
    public GovDocument approve(long id, String opinion, StaffIdentity me) {
        GovDocument d = reviewable(id, me);
        String said = opinion(opinion, false);
        Instant now = clock.instant();
        store.addReview(id, d.version(), ReviewDecision.Verdict.APPROVED, said, me.username(), now);
        if (d.publishAt() != null && d.publishAt().isAfter(now)) {
            return move(d, DocumentState.SCHEDULED, Map.of("reviewer", me.username()), "disclosure.document.approved",
                    said);
        }
        store.updateDocument(id, Map.of("reviewer", me.username()));
        changed("disclosure.document.approved", d.indexNumber(), d.state().name(),
                reviewed(DocumentState.PUBLISHED, said));
        return publish(id);
    }

    /**
     * Approves a document that the government already published on its former website, keeping that 公开日期: a
     * county moving onto the platform brings its years of documents with the dates the public first saw them. The
     * date is checked (not before 成文日期, before today) and the move is audited apart from an ordinary approval,
     * so that a back-dated publication can always be told from a timely one.
     */
    @Transactional
    public GovDocument approveMigrated(long id, LocalDate publishedOn, StaffIdentity me) {
        GovDocument d = reviewable(id, me);
        // Only a day before today: what is published today is published here, by an ordinary approval.
        if (publishedOn == null || publishedOn.isBefore(d.writtenOn()) || !publishedOn.isBefore(today())) {
            throw new InvalidInputException("publishedOn", "原公开日期应不早于成文日期、早于今天");
        }
        store.addReview(id, d.version(), ReviewDecision.Verdict.APPROVED, "", me.username(), clock.instant());
        store.updateDocument(id, Map.of("reviewer", me.username()));
        changed("disclosure.document.migrated", d.indexNumber(), null, publishedOn.toString());
        return publish(id, publishedOn.atTime(9, 0).atZone(zone()).toInstant());
    }

    /** Returned to the author: the opinion says what to change and is required. */
    @Transactional
    public GovDocument returnForChanges(long id, String opinion, StaffIdentity me) {
        GovDocument d = reviewable(id, me);
        String said = opinion(opinion, true);
        store.addReview(id, d.version(), ReviewDecision.Verdict.RETURNED, said, me.username(), clock.instant());
        return move(d, DocumentState.RETURNED, Map.of("reviewer", me.username(), "return_reason", cut(said, 500)),
                "disclosure.document.returned", said);
    }

    /** A document's 保密审查 decisions with the reviewers' opinions, oldest first; for staff pages only. */
    public List<ReviewDecision> reviews(long id) {
        return store.reviews(id);
    }

    private static String opinion(String opinion, boolean required) {
        String said = opinion == null ? "" : opinion.strip();
        if (required && said.isEmpty()) {
            throw new InvalidInputException("opinion", "退回修改时请填写审查意见");
        }
        if (said.length() > MAX_OPINION_CHARS) {
            throw new InvalidInputException("opinion", "审查意见不超过 " + MAX_OPINION_CHARS + " 字");
        }
        return said;
    }

    /** The audit trail's "after" of a review decision: the new state with the opinion that decided it. */
    private static Map<String, String> reviewed(DocumentState to, String opinion) {
        return Map.of("state", to.name(), "opinion", opinion);
    }

    @Transactional
    public GovDocument revise(long id, DocumentDraft draft, String note, StaffIdentity me) {
        GovDocument d = staffDocument(id, me);
        requireRole(me, Permission.DOCUMENT_EDIT, "只有政务公开专员可以修订文件");
        if (!d.state().isPublic()) {
            throw new ConflictException("只有已发布的文件可以修订");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "请填写修订说明");
        }
        store.addRevision(id, d.version(), d.title(), d.body(), cut(note, 500), me.username());
        Map<String, Object> columns = columns(draft, d.divisionCode());
        columns.put("state", DocumentState.REVISED.name());
        columns.put("version", d.version() + 1);
        store.updateDocument(id, columns);
        store.setNodes(id, draft.nodeIds());
        GovDocument after = load(id);
        events.publishEvent(new DocumentRevised(PublishedDocument.of(after), note.strip()));
        return after;
    }

    @Transactional
    public GovDocument withdraw(long id, String reason, StaffIdentity me) {
        GovDocument d = staffDocument(id, me);
        requireRole(me, Permission.DOCUMENT_EDIT, "只有政务公开专员可以撤回文件");
        if (!d.state().isPublic()) {
            throw new ConflictException("只有已发布的文件可以撤回");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请填写撤回原因（将向公众公开）");
        }
        store.updateDocument(id, Map.of("state", DocumentState.WITHDRAWN.name(), "withdraw_reason", cut(reason, 500)));
        GovDocument after = load(id);
        events.publishEvent(new DocumentWithdrawn(PublishedDocument.of(after), reason.strip()));
        return after;
    }

    /** 废止: a later act repeals the document; the act is named on the public page. */
    @Transactional
    public GovDocument repeal(long id, String repealingAct, StaffIdentity me) {
        GovDocument d = staffDocument(id, me);
        requireRole(me, Permission.DOCUMENT_EDIT, "只有政务公开专员可以登记废止");
        if (!d.state().isPublic()) {
            throw new ConflictException("只有已发布的文件可以登记废止");
        }
        if (repealingAct == null || repealingAct.isBlank()) {
            throw new InvalidInputException("repealedBy", "请写明废止该文件的文件名称或文号");
        }
        store.updateDocument(id, Map.of("validity", Validity.REPEALED.name(), "repealed_by", cut(repealingAct, 300)));
        GovDocument after = load(id);
        events.publishEvent(new DocumentRevised(PublishedDocument.of(after), "废止：" + repealingAct.strip()));
        return after;
    }

    /** A document as staff see it; 404 outside the caller's unit. */
    public GovDocument staffDocument(long id, StaffIdentity me) {
        GovDocument d = store.document(id, today()).orElseThrow(() -> new NotFoundException("没有这个文件"));
        if (me == null || me.unitCode() == null || !organization.isWithin(d.unitCode(), me.unitCode())) {
            throw new NotFoundException("没有这个文件");
        }
        return d;
    }

    /**
     * Documents not yet public and not withdrawn: Art. 26's 20 working days are still running. Written out (constants,
     * not input) so that the planner matches the partial index disclosure_document_unpublished in generic plans too.
     */
    static final String UNPUBLISHED = "state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED')";

    /** One page of the documents within the caller's unit, optionally in one state, newest first. */
    public ListPage<GovDocument> documents(StaffIdentity me, DocumentState state, int page) {
        Where w = scoped(me);
        if (state != null) {
            w.and("state = :state", "state", state.name());
        }
        return store.page(w.sql(), w.params(), DisclosureStore.NEWEST_FIRST, today(), page, ListPage.SIZE);
    }

    /** How many documents within the caller's unit are in one state, counted up to {@link ListPage#COUNT_CAP}. */
    public long count(StaffIdentity me, DocumentState state) {
        Where w = scoped(me).and("state = :state", "state", state.name());
        return store.countUpTo(w.sql(), w.params(), ListPage.COUNT_CAP);
    }

    /** One page of the submitted documents a reviewer may decide: within their unit, not their own; newest first. */
    public ListPage<GovDocument> reviewQueue(StaffIdentity me, int page) {
        return reviewQueue(me, page, ListPage.SIZE);
    }

    /** The same with a smaller page, for the console landing. */
    public ListPage<GovDocument> reviewQueue(StaffIdentity me, int page, int size) {
        if (!permissions.may(me, Permission.DOCUMENT_REVIEW)) {
            return ListPage.of(List.of(), 1, ListPage.SIZE, 0);
        }
        Where w = reviewableWhere(me);
        return store.page(w.sql(), w.params(), DisclosureStore.NEWEST_FIRST, today(), page,
                Math.max(1, Math.min(size, ListPage.SIZE)));
    }

    /** How many documents wait for this reviewer, counted up to {@link ListPage#COUNT_CAP}. */
    public long reviewCount(StaffIdentity me) {
        if (!permissions.may(me, Permission.DOCUMENT_REVIEW)) {
            return 0;
        }
        Where w = reviewableWhere(me);
        return store.countUpTo(w.sql(), w.params(), ListPage.COUNT_CAP);
    }

    private Where reviewableWhere(StaffIdentity me) {
        return scoped(me).and("state = :state", "state", DocumentState.SUBMITTED.name())
                .and("author <> :me", "me", me.username());
    }

    /**
     * One page of the unpublished documents whose Art. 26 date is within 5 working days or past, most urgent first.
     * The due date grows with the 成文日期, so "due by then" is "written on or before" one date, which SQL can filter.
     */
    public ListPage<DueDocument> dueSoon(StaffIdentity me, int page) {
        return dueSoon(me, page, ListPage.SIZE);
    }

    /** The same with a smaller page, for the console landing. */
    public ListPage<DueDocument> dueSoon(StaffIdentity me, int page, int size) {
        LocalDate today = today();
        Where w = dueWhere(me, today);
        return store.page(w.sql(), w.params(), DisclosureStore.OLDEST_WRITTEN_FIRST, today, page,
                        Math.max(1, Math.min(size, ListPage.SIZE)))
                .map(d -> {
                    LocalDate due = art26Due(d);
                    return new DueDocument(d, due, due.isBefore(today));
                });
    }

    /** How many documents are due within 5 working days or overdue, counted up to {@link ListPage#COUNT_CAP}. */
    public long dueCount(StaffIdentity me) {
        Where w = dueWhere(me, today());
        return store.countUpTo(w.sql(), w.params(), ListPage.COUNT_CAP);
    }

    private Where dueWhere(StaffIdentity me, LocalDate today) {
        LocalDate soon = calendar.due(today, 5).due();
        return scoped(me).and(UNPUBLISHED)
                .and("written_on <= :latest", "latest", latestWrittenDueBy(soon));
    }

    /**
     * The latest 成文日期 whose Art. 26 date falls on or before {@code day}: the day before the 20th working day counted
     * back from {@code day}, since the start day itself is not counted.
     */
    LocalDate latestWrittenDueBy(LocalDate day) {
        int counted = 0;
        LocalDate d = day;
        // a year holds far more than 20 working days; the bound only keeps a broken calendar from looping forever
        for (int i = 0; i < 366; i++, d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d) && ++counted == ART26_WORKING_DAYS) {
                return d.minusDays(1);
            }
        }
        return d;
    }

    /** The caller's unit as a WHERE clause: a division scope on division_code, any other on unit_code. */
    private Where scoped(StaffIdentity me) {
        UnitScope scope = organization.scope(me == null ? null : me.unitCode());
        Where w = new Where();
        if (scope.everything()) {
            return w;
        }
        if (!scope.divisions().isEmpty()) {
            return w.and("division_code = any(:divisions)", "divisions", scope.divisionArray());
        }
        if (!scope.units().isEmpty()) {
            return w.and("unit_code = any(:units)", "units", scope.unitArray());
        }
        return w.and("false");
    }

    public LocalDate art26Due(GovDocument d) {
        return calendar.due(d.writtenOn(), ART26_WORKING_DAYS).due();
    }

    // ================================================================ public side

    /** A public document; empty for anything unpublished, so guessing ids reveals nothing. Withdrawn ones show their notice. */
    public Optional<GovDocument> publicDocument(long id) {
        return store.document(id, today()).filter(d -> d.state().isPublic() || d.state() == DocumentState.WITHDRAWN);
    }

    public DocumentPage publicDocuments(Long nodeId, int page, int size) {
        int p = Math.max(page, 1);
        String where = "WHERE state IN ('PUBLISHED', 'REVISED')"
                + (nodeId == null ? "" : " AND id IN (SELECT document_id FROM disclosure_document_node WHERE node_id = :n)");
        Map<String, Object> params = nodeId == null ? Map.of() : Map.of("n", nodeId);
        return new DocumentPage(store.documents(where, params, today(), size, (long) (p - 1) * size), p, size,
                store.count(where, params));
    }

    /**
     * The public documents of one government whose 体裁 is one of {@code genres} (e.g. 行政规范性文件), for the annual
     * report's table 二.
     */
    public List<GovDocument> publicDocuments(String divisionCode, java.util.Collection<String> genres) {
        if (genres.isEmpty()) {
            return List.of();
        }
        return store.documents("WHERE state IN ('PUBLISHED', 'REVISED') AND division_code = :d AND genre IN (:g)",
                Map.of("d", divisionCode, "g", genres), today());
    }

    public List<GovDocument> interpretationsOf(long id) {
        return store.documents("WHERE interprets_id = :id AND state IN ('PUBLISHED', 'REVISED')", Map.of("id", id),
                today());
    }

    public List<Revision> revisions(long id) {
        return store.revisions(id);
    }

    public long publishedCount() {
        return store.count("WHERE state IN ('PUBLISHED', 'REVISED')", Map.of());
    }

    /** Every public document, for rebuilding a search index. */
    public List<PublishedDocument> allPublished() {
        return store.documents("WHERE state IN ('PUBLISHED', 'REVISED')", Map.of(), today()).stream()
                .map(PublishedDocument::of).toList();
    }

    /** A public document as an index sees it; empty when it is not (or no longer) public. */
    public Optional<PublishedDocument> published(long id) {
        return store.document(id, today()).filter(d -> d.state().isPublic()).map(PublishedDocument::of);
    }

    /** Public documents among the given ids (for repairing an index in batches); missing or unpublished ids are left out. */
    public List<PublishedDocument> published(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return store.documents("WHERE state IN ('PUBLISHED', 'REVISED') AND id IN (:ids)", Map.of("ids", ids), today())
                .stream().map(PublishedDocument::of).toList();
    }

    /**
     * The {@link PublishedDocument#stamp() stamp} of every public document by id, read without the bodies, so an index
     * can tell cheaply whether it matches the database.
     */
    public Map<Long, Long> publishedStamps() {
        return store.publishedStamps(today());
    }

    /** An attachment of a public document; 404 otherwise. */
    public InputStream openPublicAttachment(long id, String sha256, Attachment[] found) {
        GovDocument d = publicDocument(id).filter(x -> x.state().isPublic())
                .orElseThrow(() -> new NotFoundException("没有这个附件"));
        Attachment a = d.attachments().stream().filter(x -> x.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这个附件"));
        found[0] = a;
        return files.open(a.sha256());
    }

    // ================================================================ jobs

    /** Publishes approved documents whose scheduled time has come. */
    @Transactional
    public int publishScheduled() {
        List<Long> due = store.scheduledDue(clock.instant());
        due.forEach(this::publish);
        return due.size();
    }

    /** Stores 失效 for documents past their 终止日期 (pages already show it; this keeps indexes and exports right). */
    @Transactional
    public int expireDocuments() {
        List<Long> ids = store.expire(today());
        for (Long id : ids) {
            GovDocument d = load(id);
            if (d.state().isPublic()) {
                events.publishEvent(new DocumentRevised(PublishedDocument.of(d), "终止日期已到，自动失效"));
            }
        }
        return ids.size();
    }

    // ================================================================ helpers

    private GovDocument publish(long id) {
        return publish(id, clock.instant());
    }

    private GovDocument publish(long id, Instant now) {
        store.updateDocument(id, Map.of("state", DocumentState.PUBLISHED.name(), "published_at",
                java.sql.Timestamp.from(now), "published_on", LocalDate.ofInstant(now, zone())));
        GovDocument d = load(id);
        events.publishEvent(new DocumentPublished(PublishedDocument.of(d), null));
        return d;
    }

    private GovDocument reviewable(long id, StaffIdentity me) {
        GovDocument d = staffDocument(id, me);
        requireRole(me, Permission.DOCUMENT_REVIEW, "只有保密审查员可以审查");
        if (d.author().equals(me.username())) {
            throw new ConflictException("不能审查自己起草的文件，请由其他保密审查员审查");
        }
        if (d.state() != DocumentState.SUBMITTED) {
            throw new ConflictException("该文件不在待审查状态");
        }
        return d;
    }

    private GovDocument move(GovDocument d, DocumentState to, Map<String, Object> more, String action) {
        Map<String, Object> columns = new LinkedHashMap<>(more);
        columns.put("state", to.name());
        store.updateDocument(d.id(), columns);
        changed(action, d.indexNumber(), d.state().name(), to.name());
        return load(d.id());
    }

    /** A move decided in review: the audit entry carries the reviewer's opinion with the new state. */
    private GovDocument move(GovDocument d, DocumentState to, Map<String, Object> more, String action,
            String opinion) {
        Map<String, Object> columns = new LinkedHashMap<>(more);
        columns.put("state", to.name());
        store.updateDocument(d.id(), columns);
        changed(action, d.indexNumber(), d.state().name(), reviewed(to, opinion));
        return load(d.id());
    }

    private void changed(String action, String subject, Object before, Object after) {
        events.publishEvent(new DocumentChanged(action, subject, before, after));
    }

    private GovDocument load(long id) {
        return store.document(id, today()).orElseThrow();
    }

    private void requireRole(StaffIdentity me, Permission permission, String message) {
        if (!permissions.may(me, permission)) {
            throw new org.springframework.security.access.AccessDeniedException(message);
        }
    }

    private Map<String, Object> columns(DocumentDraft d, String division) {
        FieldErrors errors = new FieldErrors();
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 300) {
            errors.reject("title", "请填写标题（不超过 300 字）");
        }
        String number = null;
        try {
            number = DocumentNumbers.normalise(d.documentNumber(), today().getYear());
        } catch (InvalidInputException e) {
            errors.reject("documentNumber", e.getMessage());
        }
        Map<String, String> publishers = publishers(division);
        if (d.publisherCode() == null || !publishers.containsKey(d.publisherCode())) {
            errors.reject("publisherCode", "请选择发布机构");
        }
        if (d.writtenOn() == null) {
            errors.reject("writtenOn", "请填写成文日期");
        }
        if (d.effectiveOn() != null && d.expiresOn() != null && d.expiresOn().isBefore(d.effectiveOn())) {
            errors.reject("expiresOn", "终止日期不能早于生效日期");
        }
        List<Long> nodes = d.nodeIds() == null ? List.of() : d.nodeIds();
        if (nodes.isEmpty()) {
            errors.reject("nodeIds", "请至少选择一个目录栏目");
        }
        for (Long n : nodes) {
            if (store.node(n).filter(x -> x.divisionCode().equals(division)).isEmpty()) {
                errors.reject("nodeIds", "所选目录栏目不属于本级政府");
            }
        }
        if (d.interpretsId() != null && store.document(d.interpretsId(), today())
                .filter(x -> x.divisionCode().equals(division)).isEmpty()) {
            errors.reject("interpretsId", "所解读的政策文件不存在");
        }
        if (!SubjectCategory.isLabel(s(d.topic()).strip())) {
            errors.reject("topic", "请从主题分类（GB/T 21063.4）中选择");
        }
        if (!Genre.isLabel(s(d.genre()).strip())) {
            errors.reject("genre", "请从体裁列表中选择");
        }
        if (s(d.source()).strip().length() > 200) {
            errors.reject("source", "来源不超过 200 字");
        }
        errors.throwIfAny();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", d.title().strip());
        c.put("document_number", number);
        c.put("publisher_code", d.publisherCode());
        c.put("publisher_name", publishers.get(d.publisherCode()));
        c.put("written_on", d.writtenOn());
        c.put("effective_on", d.effectiveOn());
        c.put("expires_on", d.expiresOn());
        c.put("topic", cut(s(d.topic()), 60));
        c.put("genre", cut(s(d.genre()), 60));
        c.put("keywords", cut(s(d.keywords()), 300));
        c.put("source", s(d.source()).strip());
        c.put("body", BodySanitizer.sanitise(d.body()));
        c.put("interprets_id", d.interpretsId());
        c.put("publish_at", d.publishAt() == null ? null
                : java.sql.Timestamp.from(d.publishAt().atZone(zone()).toInstant()));
        return c;
    }

    private static String cut(String v, int max) {
        String t = v.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
