package org.doorstep.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.accounts.PortalSubmissions;
import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.calendar.ClockDueDateChanged;
import org.doorstep.calendar.StatutoryClock.ClockStatus;
import org.doorstep.calendar.StatutoryClocks;
import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.disclosure.CatalogueItem;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DisclosureAttribute;
import org.doorstep.disclosure.DocumentDraft;
import org.doorstep.disclosure.DocumentPublished;
import org.doorstep.disclosure.DocumentWithdrawn;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.engagement.internal.TopicStore;
import org.doorstep.organization.Department;
import org.doorstep.organization.Organization;
import org.doorstep.organization.UnitScope;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.Masking;
import org.doorstep.platform.NotFoundException;
import org.doorstep.notifications.MessageTemplate;
import org.doorstep.notifications.NotificationRequested;
import org.doorstep.notifications.Recipient;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.Where;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * 点题公开 (seed 000): a citizen proposes what the government should disclose, from the portal or by the 点题热线;
 * the disclosure office accepts it with a 点题限时反馈通知书 to the responsible department (a deadline in working days on
 * the calendar module's statutory clock, owner "engagement") or explains why not; the department answers; the answer
 * becomes a 回应关切 document through the disclosure module's own review, and once that is published the proposer is
 * told. Staff methods check role and unit scope.
 */
@Service
public class Topics {

    public static final String CLOCK_OWNER = "engagement";
    /** The 回应关切 node of a government's catalogue, where answers appear. */
    public static final String CONCERN_NODE = "回应关切";
    /** Feedback period the office usually sets (local practice, so the office may choose 1–30). */
    public static final int DEFAULT_FEEDBACK_DAYS = 10;
    public static final int MAX_FEEDBACK_DAYS = 30;
    /** A topic whose feedback is due within this many working days shows as due soon. */
    public static final int DUE_SOON_DAYS = 3;

    /** A mainland mobile number or a landline with its area code (hotline callers often give one). */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private final TopicStore store;
    private final StatutoryClocks clocks;
    private final WorkingCalendar calendar;
    private final Disclosure disclosure;
    private final Organization organization;
    private final PortalSubmissions submissions;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Permissions permissions;

    Topics(TopicStore store, StatutoryClocks clocks, WorkingCalendar calendar, Disclosure disclosure,
            Organization organization, PortalSubmissions submissions,
            TransactionTemplate tx, ApplicationEventPublisher events, Clock clock, Permissions permissions) {
        this.calendar = calendar;
        this.permissions = permissions;
        this.submissions = submissions;
        this.tx = tx;
        this.store = store;
        this.clocks = clocks;
        this.disclosure = disclosure;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** The governments a topic can be put to: the county and each township (街道). */
    public Map<String, String> governments() {
        return disclosure.governmentNames();
    }

    public String governmentName(String divisionCode) {
        return governments().getOrDefault(divisionCode, divisionCode);
    }

    /** The departments of a government that a feedback notice can go to. */
    public Map<String, String> departments(String divisionCode) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Department d : organization.departments(divisionCode)) {
            result.put(d.code(), d.name());
        }
        return result;
    }

    // ================================================================ proposing

    /**
     * A topic from the portal, by anyone; a signed-in citizen's login is kept so it appears under 我的点题. A mobile
     * number is taken only once proven (the account's own, or an SMS code), within the portal's limits; a landline
     * needs no code and is never sent an SMS.
     */
    public TopicRequest propose(TopicProposal proposal, PortalSubmitter who) {
        validate(proposal).throwIfAny();
        // before the transaction: the limits and the code are settled in transactions of their own
        submissions.admit("topics", phone(proposal.phone()), null, who);
        return tx.execute(status -> {
            TopicRequest t = create(proposal, TopicChannel.PORTAL, today(), who.accountLogin(), null);
            store.setQueryCode(t.number(), org.doorstep.platform.QueryCodes.next());
            tell(t, today(), MessageTemplate.TOPIC_SUBMITTED, "点题已提交", "您的点题（编号 " + t.number() + "）已提交。政务公开办公室将决定是否受理并告知您。");
            return t;
        });
    }

    /** A topic taken down from the 点题热线 by an officer, with the day of the call. */
    @Transactional
    public TopicRequest logHotline(TopicProposal proposal, LocalDate on, StaffIdentity me) {
        FieldErrors errors = validate(proposal);
        dateRule(errors, "on", on, null, "来电日期");
        errors.throwIfAny();
        requireOfficer(proposal.divisionCode().strip(), me);
        TopicRequest t = create(proposal, TopicChannel.HOTLINE, on, null, me.username());
        tell(t, on, MessageTemplate.TOPIC_REGISTERED, "点题已登记", "您通过点题热线提出的点题已登记，编号 " + t.number() + "。");
        return t;
    }

    private TopicRequest create(TopicProposal p, TopicChannel channel, LocalDate on, String login, String by) {
        TopicRequest t = new TopicRequest(0, store.nextNumber(on.getYear()), p.divisionCode().strip(),
                p.title().strip(), p.content().strip(), p.contactName().strip(), phone(p.phone()), channel, login, by,
                on, clock.instant(), TopicState.PROPOSED, null, null, null, null, null, null, null, null, null, null,
                null, null, null, 0);
        store.insert(t);
        events.publishEvent(new TopicChanged("engagement.topic.proposed", t.number(), null,
                Map.of("channel", channel.name(), "division", t.divisionCode(), "title",
                Masking.maskAll(t.title()))));
        return require(t.number());
    }

    /** Every problem of a proposal at once; nothing is stored while any remain. */
    FieldErrors validate(TopicProposal p) {
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(blank(p.divisionCode()) || !governments().containsKey(p.divisionCode().strip()),
                "divisionCode", "请选择点题的政府");
        errors.rejectIf(blank(p.title()) || p.title().strip().length() < 4 || p.title().strip().length() > 100,
                "title", "请用 4 到 100 字概括希望公开的内容");
        errors.rejectIf(blank(p.content()) || p.content().strip().length() < 10 || p.content().strip().length() > 2000,
                "content", "请具体说明希望公开哪些信息、为什么关心，10 到 2000 字");
        errors.rejectIf(blank(p.contactName()) || p.contactName().strip().length() > 60, "contactName",
                "请填写联系人称呼（不超过 60 字，可写“张先生”）");
        errors.rejectIf(blank(p.phone()) || !PHONE.matcher(phone(p.phone())).matches(), "phone",
                "联系电话应为 11 位手机号或带区号的固定电话，如 0791-12345678");
        return errors;
    }

    // ================================================================ the office decides

    /** Accepted: a 点题限时反馈通知书 goes to the department, due in the given working days after the notice day. */
    @Transactional
    public TopicRequest accept(String number, String departmentCode, int feedbackDays, LocalDate on,
            StaffIdentity me) {
        TopicRequest t = officerTopic(number, me);
        requireState(t, TopicState.PROPOSED);
        FieldErrors errors = new FieldErrors();
        Map<String, String> departments = departments(t.divisionCode());
        errors.rejectIf(departmentCode == null || !departments.containsKey(departmentCode), "departmentCode",
                "请选择承办部门");
        errors.rejectIf(feedbackDays < 1 || feedbackDays > MAX_FEEDBACK_DAYS, "feedbackDays",
                "反馈期限应为 1 到 30 个工作日");
        dateRule(errors, "on", on, t.proposedOn(), "受理日期");
        errors.throwIfAny();
        clocks.start(CLOCK_OWNER, number, on, feedbackDays);
        LocalDate due = clocks.status(CLOCK_OWNER, number).orElseThrow().due();
        store.setDue(number, due);
        String department = departments.get(departmentCode);
        String notice = department + "：\n群众点题“" + t.title() + "”（编号 " + number + "）：" + t.content()
                + "\n请于 " + due + " 前（" + feedbackDays + " 个工作日内）将办理结果反馈" + governmentName(t.divisionCode())
                + "政务公开办公室，答复将在“回应关切”栏目公开。" + calendar.provisionalNote(due);
        t = save(t, TopicState.ASSIGNED, on, me.username(), null, departmentCode, department, feedbackDays, notice,
                null, null, null, t.documentId(), t.documentPath(), null, "engagement.topic.accepted",
                Map.of("department", departmentCode, "days", feedbackDays, "due", due.toString()));
        tell(t, on, MessageTemplate.TOPIC_ACCEPTED, "点题已受理", "您的点题（编号 " + t.number() + "）已受理，已交" + department + "办理，预计 " + due
                + " 前答复，答复将在“回应关切”栏目公开。" + calendar.provisionalNote(due));
        return t;
    }

    /** Not accepted: the reason is shown to the proposer. */
    @Transactional
    public TopicRequest decline(String number, String reason, LocalDate on, StaffIdentity me) {
        TopicRequest t = officerTopic(number, me);
        requireState(t, TopicState.PROPOSED);
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(blank(reason) || reason.strip().length() < 4 || reason.strip().length() > 1000, "reason",
                "请向点题人说明不予受理的理由（4 到 1000 字）");
        dateRule(errors, "on", on, t.proposedOn(), "决定日期");
        errors.throwIfAny();
        t = save(t, TopicState.DECLINED, on, me.username(), reason.strip(), null, null, null, null, null, null, null,
                null, null, null, "engagement.topic.declined", Map.of("on", on.toString()));
        tell(t, on, MessageTemplate.TOPIC_DECLINED, "点题不予受理", "您的点题（编号 " + t.number() + "）不予受理。理由：" + t.declineReason());
        return t;
    }

    // ================================================================ the department answers

    @Transactional
    public TopicRequest answer(String number, String text, LocalDate on, StaffIdentity me) {
        TopicRequest t = staffTopic(number, me);
        requireState(t, TopicState.ASSIGNED);
        if (!answersFor(t, me)) {
            throw new AccessDeniedException("只有承办部门的审核人员或本级公开专员可以答复");
        }
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(blank(text) || text.strip().length() < 10 || text.strip().length() > 10000, "text",
                "请填写答复内容（10 到 10000 字）");
        dateRule(errors, "on", on, t.decidedOn(), "答复日期");
        errors.throwIfAny();
        clocks.stop(CLOCK_OWNER, number, on);
        t = save(t, TopicState.ANSWERED, t.decidedOn(), t.decidedBy(), null, t.departmentCode(), t.departmentName(),
                t.feedbackDays(), t.noticeText(), text.strip(), on, me.username(), null, null, null,
                "engagement.topic.answered", Map.of("on", on.toString(), "by", me.username()));
        tell(t, on, MessageTemplate.TOPIC_ANSWERED, "部门已答复", t.departmentName() + "已答复您的点题，答复经保密审查后在“回应关切”栏目公开。");
        return t;
    }

    /**
     * The answer becomes a draft in the government's 回应关切 node and goes to confidentiality review; a reviewer
     * who did not write it approves it in the disclosure console, and {@link #on(DocumentPublished)} follows.
     */
    @Transactional
    public TopicRequest submitAnswer(String number, StaffIdentity me) {
        TopicRequest t = officerTopic(number, me);
        requireState(t, TopicState.ANSWERED);
        if (!permissions.may(me, Permission.DOCUMENT_EDIT) || !t.divisionCode().equals(disclosure.divisionOf(me))) {
            throw new AccessDeniedException("请由" + governmentName(t.divisionCode()) + "的公开专员发布答复");
        }
        long node = concernNode(t.divisionCode(), me);
        String publisher = disclosure.publishers(t.divisionCode()).containsKey(t.departmentCode())
                ? t.departmentCode() : t.divisionCode();
        String body = "<p><strong>群众点题：</strong>" + html(t.content()) + "</p><p><strong>答复（"
                + html(t.departmentName()) + "）：</strong></p>" + paragraphs(t.answer());
        GovDocument d = disclosure.create(new DocumentDraft("关于“" + t.title() + "”的点题答复", null, publisher,
                t.answeredOn(), null, null, "综合政务", "答复", "点题公开 回应关切", body, List.of(node), null, null), me);
        disclosure.submit(d.id(), me);
        return save(t, TopicState.IN_REVIEW, t.decidedOn(), t.decidedBy(), null, t.departmentCode(),
                t.departmentName(), t.feedbackDays(), t.noticeText(), t.answer(), t.answeredOn(), t.answeredBy(),
                d.id(), d.path(), null, "engagement.topic.submitted", Map.of("document", d.indexNumber()));
    }

    /** The 回应关切 node of a government, added under 法定主动公开内容 if its catalogue lacks one. */
    private long concernNode(String divisionCode, StaffIdentity me) {
        List<CatalogueNode> nodes = disclosure.catalogue(divisionCode);
        Optional<CatalogueNode> found = nodes.stream().filter(n -> n.name().equals(CONCERN_NODE)).findFirst();
        if (found.isPresent()) {
            return found.get().id();
        }
        Long parent = nodes.stream().filter(n -> n.name().equals("法定主动公开内容")).map(CatalogueNode::id).findFirst()
                .orElse(null);
        return disclosure.addNode(divisionCode, parent, new CatalogueItem(CONCERN_NODE, "群众点题、热点问题的答复",
                "基层政务公开标准指引（回应关切）", "答复形成之日起20个工作日内", governmentName(divisionCode), "主动公开",
                "政府网站、政务公开专区", "全社会", DisclosureAttribute.PROACTIVE, null), "点题公开答复需要回应关切栏目", me).id();
    }

    /** The disclosure module published a document; if it answers a topic, the topic is answered and its proposer told. */
    @ApplicationModuleListener
    public void on(DocumentPublished event) {
        store.byDocument(event.document().id()).filter(t -> t.state() == TopicState.IN_REVIEW).ifPresent(t -> {
            LocalDate on = event.document().publishedOn() != null ? event.document().publishedOn() : today();
            t = save(t, TopicState.PUBLISHED, t.decidedOn(), t.decidedBy(), null, t.departmentCode(),
                    t.departmentName(), t.feedbackDays(), t.noticeText(), t.answer(), t.answeredOn(), t.answeredBy(),
                    t.documentId(), event.document().urlPath(), on, "engagement.topic.published",
                    Map.of("document", event.document().indexNumber()));
            tell(t, on, MessageTemplate.TOPIC_PUBLISHED, "答复已公开", "您的点题（编号 " + t.number() + "）的答复已在" + governmentName(t.divisionCode())
                    + "“回应关切”栏目公开：" + t.documentPath());
        });
    }

    /**
     * The published answer was withdrawn: the topic is no longer answered in public. It goes back to the department's
     * answer, which the office may correct and submit again, and the proposer is told with the public reason.
     */
    @ApplicationModuleListener
    public void on(DocumentWithdrawn event) {
        store.byDocument(event.document().id()).filter(t -> t.state() == TopicState.PUBLISHED).ifPresent(t -> {
            String reason = event.note() == null || event.note().isBlank() ? "" : "，理由：" + event.note().strip();
            t = save(t, TopicState.ANSWERED, t.decidedOn(), t.decidedBy(), null, t.departmentCode(),
                    t.departmentName(), t.feedbackDays(), t.noticeText(), t.answer(), t.answeredOn(), t.answeredBy(),
                    null, null, null, "engagement.topic.answer-withdrawn",
                    Map.of("document", event.document().indexNumber()));
            tell(t, today(), MessageTemplate.TOPIC_WITHDRAWN, "答复已撤回", "您的点题（编号 " + t.number() + "）在“回应关切”栏目公开的答复已撤回" + reason
                    + "。修改后的答复公开时将再通知您。");
        });
    }

    // ================================================================ reading

    /** A topic as staff see it: officers within their government's scope, a department's reviewers for its topics. */
    public TopicRequest staffTopic(String number, StaffIdentity me) {
        TopicRequest t = require(number);
        if (seesGovernment(me) && organization.isWithin(t.divisionCode(), me.unitCode())) {
            return t;
        }
        if (forDepartment(me) && t.departmentCode() != null
                && organization.isWithin(t.departmentCode(), me.unitCode())) {
            return t;
        }
        throw new NotFoundException("没有这个点题");
    }

    /** Whether this person may write the department's answer. */
    public boolean answersFor(TopicRequest t, StaffIdentity me) {
        if (me == null || t.departmentCode() == null) {
            return false;
        }
        if (forDepartment(me)) {
            return organization.isWithin(t.departmentCode(), me.unitCode());
        }
        return permissions.may(me, Permission.TOPIC_ANSWER) && organization.isWithin(t.divisionCode(), me.unitCode());
    }

    /** Handles a government's topics: its disclosure office (or an administrator). */
    public boolean isOfficer(StaffIdentity me) {
        return permissions.may(me, Permission.TOPIC_HANDLE);
    }

    /** A department's reviewers answer the topics assigned to their department and see only those. */
    private boolean forDepartment(StaffIdentity me) {
        return permissions.may(me, Permission.TOPIC_ANSWER) && !isOfficer(me);
    }

    /** Officers, and the supervisors who read along, see every topic of the governments in their area. */
    private boolean seesGovernment(StaffIdentity me) {
        return permissions.may(me, Permission.TOPIC_VIEW) && !forDepartment(me);
    }

    /** A proposer's own topic; someone else's answers as not found, so numbers cannot be probed. */
    public TopicRequest myTopic(String number, String login) {
        return store.byNumber(number == null ? "" : number.strip())
                .filter(t -> login != null && login.equals(t.accountLogin()))
                .orElseThrow(() -> new NotFoundException("没有这个点题"));
    }

    public List<TopicRequest> mine(String login) {
        return store.byAccount(login);
    }

    public List<TopicNotice> notices(TopicRequest t) {
        return store.notices(t.id());
    }

    /** Answered topics with their 回应关切 documents, newest first, for the public page. */
    public List<TopicRequest> answered() {
        return store.inState(TopicState.PUBLISHED);
    }

    public Optional<ClockStatus> clockStatus(TopicRequest t) {
        return clocks.status(CLOCK_OWNER, t.number());
    }

    /** The feedback due date of an accepted topic, or null. */
    public LocalDate dueOf(TopicRequest t) {
        return t.feedbackDays() == null ? null : clockStatus(t).map(ClockStatus::due).orElse(null);
    }

    /** A topic with where its feedback clock stands, for the console lists. */
    public record Tracked(TopicRequest topic, ClockStatus clock) {
        public boolean overdue() {
            return clock != null && topic.state() == TopicState.ASSIGNED && clock.overdue();
        }

        public boolean dueSoon() {
            return clock != null && topic.state() == TopicState.ASSIGNED && !clock.overdue()
                    && clock.remainingDays() <= DUE_SOON_DAYS;
        }
    }

    /** The console's views of the topics. */
    public enum View {
        /** Not yet answered in public nor declined, the earliest feedback date first. */
        OPEN("state NOT IN ('DECLINED', 'PUBLISHED')", "feedback_due NULLS LAST, submitted_at DESC, id DESC"),
        /** Proposed and waiting for the office to accept or decline. */
        PROPOSED(PROPOSED_STATE, "submitted_at, id"),
        /** With the department, waiting for its answer, the earliest feedback date first. */
        ASSIGNED_TO_ANSWER(ASSIGNED, "feedback_due NULLS LAST, id"),
        /** Answered by the department, waiting for the office to submit the answer to review. */
        ANSWERED("state = 'ANSWERED'", "answered_on, id"),
        /** With the department and past the feedback date. */
        OVERDUE(ASSIGNED + " AND feedback_due < :today", "feedback_due, id"),
        /** Every topic, the newest first. */
        ALL(null, "submitted_at DESC, id DESC");

        final String condition;
        final String orderBy;

        View(String condition, String orderBy) {
            this.condition = condition;
            this.orderBy = orderBy;
        }
    }

    /** Written out (a constant, not input), so the planner matches the partial index engagement_topic_assigned. */
    private static final String ASSIGNED = "state = 'ASSIGNED'";
    private static final String PROPOSED_STATE = "state = 'PROPOSED'";

    /**
     * One page of the topics a person handles (an officer's governments, or a department's assigned topics) in one
     * view; the feedback clocks of the page are read together.
     */
    public ListPage<Tracked> topics(StaffIdentity me, View view, int page) {
        return topics(me, view, page, ListPage.SIZE);
    }

    /** The same with a smaller page, for the console landing's most urgent few. */
    public ListPage<Tracked> topics(StaffIdentity me, View view, int page, int size) {
        Where w = where(me, view);
        ListPage<TopicRequest> rows = store.page(w.sql(), w.params(), view.orderBy, page,
                Math.max(1, Math.min(size, ListPage.SIZE)));
        Map<String, ClockStatus> status = clocks.statuses(CLOCK_OWNER, rows.items().stream()
                .filter(t -> t.state() == TopicState.ASSIGNED).map(TopicRequest::number).toList());
        return rows.map(t -> new Tracked(t, status.get(t.number())));
    }

    /** How many topics a view holds for the person, counted up to {@link ListPage#COUNT_CAP}. */
    public long count(StaffIdentity me, View view) {
        Where w = where(me, view);
        return store.countUpTo(w.sql(), w.params(), ListPage.COUNT_CAP);
    }

    /** What staffTopic lets the person see, as SQL: the same isWithin, on the division or the department. */
    private Where where(StaffIdentity me, View view) {
        if (!permissions.may(me, Permission.TOPIC_VIEW)) {
            throw new AccessDeniedException("只有政务公开专员或部门审核人员可以办理点题公开");
        }
        Where w = new Where();
        UnitScope scope = organization.scope(me.unitCode());
        if (forDepartment(me)) {
            w.and("department_code IS NOT NULL");
            if (!scope.everything()) {
                List<String> departments = new ArrayList<>(scope.units());
                scope.divisions().forEach(d -> organization.departments(d).forEach(x -> departments.add(x.code())));
                w.and("department_code = any(:departments)", "departments", departments.toArray(String[]::new));
            }
        } else if (!scope.everything()) {
            w.and("division_code = any(:scope)", "scope",
                    scope.divisions().isEmpty() ? scope.unitArray() : scope.divisionArray());
        }
        if (view.condition != null) {
            w.and(view.condition);
            if (view == View.OVERDUE) {
                w.params().put("today", today());
            }
        }
        return w;
    }

    /**
     * A calendar change moved a feedback clock's date. Heard in the calendar change's own transaction, so the stored
     * date never disagrees with the clock.
     */
    @EventListener
    public void on(ClockDueDateChanged change) {
        if (CLOCK_OWNER.equals(change.owner())) {
            store.setDue(change.reference(), change.newDue());
            store.byNumber(change.reference()).ifPresent(t -> tell(t, today(), MessageTemplate.TOPIC_DUE_MOVED, "反馈期限调整",
                    "因国务院放假安排公布或调整，您的点题（编号 " + t.number() + "）的反馈期限由 " + change.previousDue()
                            + " 调整为 " + change.newDue() + "。", change.newDue()));
        }
    }

    /** Fills the feedback dates of topics accepted before they were stored (once, on the first start after). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillMissingDueDates() {
        List<String> numbers = store.missingDue();
        clocks.statuses(CLOCK_OWNER, numbers).forEach((number, c) -> store.setDue(number, c.due()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ================================================================ helpers

    private TopicRequest require(String number) {
        return store.byNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new NotFoundException("没有这个点题"));
    }

    /** A topic the caller may act on as officer: one outside their scope answers like a missing one (404). */
    private TopicRequest officerTopic(String number, StaffIdentity me) {
        TopicRequest t = staffTopic(number, me);
        requireOfficer(t.divisionCode(), me);
        return t;
    }

    private void requireOfficer(String divisionCode, StaffIdentity me) {
        if (!isOfficer(me) || !organization.isWithin(divisionCode, me.unitCode())) {
            throw new AccessDeniedException("只有本级政务公开专员可以办理点题");
        }
    }

    private TopicRequest save(TopicRequest t, TopicState state, LocalDate decidedOn, String decidedBy,
            String declineReason, String departmentCode, String departmentName, Integer feedbackDays,
            String noticeText, String answer, LocalDate answeredOn, String answeredBy, Long documentId,
            String documentPath, LocalDate publishedOn, String action, Map<String, Object> after) {
        store.save(new TopicRequest(t.id(), t.number(), t.divisionCode(), t.title(), t.content(), t.contactName(),
                t.phone(), t.channel(), t.accountLogin(), t.enteredBy(), t.proposedOn(), t.submittedAt(), state,
                decidedOn, decidedBy, declineReason, departmentCode, departmentName, feedbackDays, noticeText, answer,
                answeredOn, answeredBy, documentId, documentPath, publishedOn, t.version()));
        Map<String, Object> a = new LinkedHashMap<>(after);
        a.put("state", state.name());
        events.publishEvent(new TopicChanged(action, t.number(), t.state().name(), a));
        return require(t.number());
    }

    private static void requireState(TopicRequest t, TopicState state) {
        if (t.state() != state) {
            throw new ConflictException("该点题当前状态为“" + t.state().label() + "”，不能办理此步骤");
        }
    }

    private void dateRule(FieldErrors errors, String field, LocalDate on, LocalDate notBefore, String what) {
        if (on == null) {
            errors.reject(field, "请填写" + what);
        } else if (on.isAfter(today())) {
            errors.reject(field, what + "不能晚于今天");
        } else if (notBefore != null && on.isBefore(notBefore)) {
            errors.reject(field, what + "不能早于 " + notBefore);
        }
    }

    /**
     * Records a step for 我的点题 and tells the proposer through the outbox, in the step's transaction, by SMS and
     * 站内信. The message never quotes what the proposer wrote (a title would let anyone make the platform text their
     * words to any number): the topic is named by its number.
     */
    private void tell(TopicRequest t, LocalDate on, MessageTemplate template, String title, String text) {
        tell(t, on, template, title, text, dueOf(t));
    }

    /** @param due the date the message names; a moved due date is passed as moved (the calendar swaps after commit) */
    private void tell(TopicRequest t, LocalDate on, MessageTemplate template, String title, String text,
            LocalDate due) {
        long id = store.addNotice(t.id(), clock.instant(), on, title, text);
        java.util.Map<String, String> params = new java.util.HashMap<>();
        params.put("number", t.number());
        if (due != null) {
            params.put("due", due.toString());
        }
        // a hotline caller may leave a landline, which cannot receive an SMS
        String mobile = IdentityNumbers.isValidMobile(t.phone()) ? t.phone() : null;
        events.publishEvent(new NotificationRequested("topic:" + t.number() + ":" + id, template, params,
                t.accountLogin() != null ? "/my/topics/" + t.number() : "/topics/status",
                new Recipient(t.accountLogin(), mobile, null), t.divisionCode(), t.number()));
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    private static String paragraphs(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\\R+")) {
            if (!line.isBlank()) {
                b.append("<p>").append(html(line.strip())).append("</p>");
            }
        }
        return b.toString();
    }

    private static String phone(String s) {
        return s == null ? "" : s.strip().replace(" ", "");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
