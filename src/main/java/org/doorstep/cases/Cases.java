package org.doorstep.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doorstep.calendar.OfficialCalendar;
import org.doorstep.calendar.StatutoryClock.ClockStatus;
import org.doorstep.calendar.StatutoryClocks;
import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.cases.internal.BundleForms;
import org.doorstep.cases.internal.CaseStore;
import org.doorstep.cases.internal.CaseStore.BundleRow;
import org.doorstep.cases.internal.CaseStore.CaseRow;
import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.cases.internal.LookupThrottle;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.OrgUnit;
import org.doorstep.organization.Organization;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.Masking;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.services.Bundle;
import org.doorstep.services.Delivery;
import org.doorstep.services.ItemType;
import org.doorstep.services.Material;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceItem;
import org.springframework.stereotype.Service;

/**
 * 办件: the module's facade. Applicants apply, supplement and follow their cases; officers act on the cases of their
 * unit; anyone checks a status by case number plus a verification (the query code or the ID number's last 6).
 */
@Service
public class Cases {

    /** The message for every failed public lookup, whether the number or the verification is wrong. */
    public static final String LOOKUP_FAILED = "未找到与该编号和验证信息相符的办件。请核对办件编号，以及查询码或申请人身份证号后 6 位。";

    /** The answer while checks are refused after too many failures; it tells nothing about the case. */
    public static final String LOOKUP_THROTTLED = "查询失败次数过多。为防止他人猜测办件信息，请 15 分钟后再试；"
            + "忘记查询码的，可改用申请人身份证号后 6 位，或登录后在“我的办件”中查看。";

    private final LookupThrottle throttle;
    private final CaseWorkflow workflow;
    private final CaseStore store;
    private final StatutoryClocks clocks;
    private final Organization organization;
    private final ServiceCatalogue catalogue;
    private final Clock clock;
    private final Certificates certificates;
    private final WorkingCalendar calendar;

    Cases(CaseWorkflow workflow, CaseStore store, StatutoryClocks clocks, Organization organization,
            ServiceCatalogue catalogue, Clock clock, Certificates certificates, LookupThrottle throttle,
            WorkingCalendar calendar) {
        this.calendar = calendar;
        this.throttle = throttle;
        this.certificates = certificates;
        this.workflow = workflow;
        this.store = store;
        this.clocks = clocks;
        this.organization = organization;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    // ---- applicant ----------------------------------------------------------------------------------------------

    public Case apply(String itemCode, ApplicantDetails who, Delivery delivery, List<Upload> uploads,
            Map<String, String> reused, StaffIdentity citizen) {
        return view(workflow.apply(itemCode, who, delivery, uploads, reused, citizen, now()).number());
    }

    public BundleApplication applyBundle(String bundleCode, ApplicantDetails who, Map<String, String> facts,
            Delivery delivery, List<Upload> uploads, StaffIdentity citizen) {
        return bundleView(workflow.applyBundle(bundleCode, who, facts, delivery, uploads, citizen, now()));
    }

    public Case supplement(String number, List<Upload> uploads, Map<String, String> reused, StaffIdentity citizen) {
        return view(workflow.supplement(number, uploads, reused, citizen, now()).number());
    }

    /** The applicant's own cases (sub-cases of bundles appear under their bundle), latest first. */
    public List<Case> casesOf(String login) {
        return store.byLogin(login).stream().map(this::view).toList();
    }

    public Case caseOf(String number, String login) {
        return store.byNumber(number).filter(c -> login != null && login.equals(c.applicantLogin())).map(this::view)
                .orElseThrow(() -> new NotFoundException("没有这个办件"));
    }

    public List<BundleApplication> bundlesOf(String login) {
        return store.bundlesByLogin(login).stream().map(this::bundleView).toList();
    }

    public BundleApplication bundleOf(String number, String login) {
        return store.bundleByNumber(number).filter(b -> login != null && login.equals(b.applicantLogin()))
                .map(this::bundleView).orElseThrow(() -> new NotFoundException("没有这个一件事申请"));
    }

    /** The applicant's earlier uploads, to be reused instead of uploaded again. */
    public List<CaseMaterial> reusableMaterials(String login) {
        return store.materialsOf(login);
    }

    /**
     * The public status check from a client (its network address): refused with {@link TooManyLookupsException}
     * after too many failed checks from the client or of the number, so the query code cannot be guessed.
     */
    public Optional<StatusLookup> lookup(String number, String verification, String client) {
        if (!throttle.begin(client, number)) {
            throw new TooManyLookupsException();
        }
        Optional<StatusLookup> found = lookup(number, verification);
        if (found.isPresent()) {
            throttle.succeeded(client, number);
        }
        return found;
    }

    /** A single case the public status check found, with the query code printed on its letters. */
    public record CheckedCase(Case found, String queryCode) {
    }

    /**
     * The public status check for printing a case's letters: throttled like {@link #lookup(String, String, String)};
     * empty for a wrong number or verification and for a 一件事 application, whose letters are its sub-cases'.
     */
    public Optional<CheckedCase> lookupForLetters(String number, String verification, String client) {
        return lookup(number, verification, client).map(StatusLookup::single)
                .flatMap(c -> store.byNumber(c.number()).map(r -> new CheckedCase(c, r.queryCode())));
    }

    /** Public status check; the same answer for a forged number and a wrong verification, so nothing is enumerable. */
    public Optional<StatusLookup> lookup(String number, String verification) {
        String n = number == null ? "" : number.strip().toUpperCase();
        String v = verification == null ? "" : verification.strip().toUpperCase();
        if (n.isEmpty() || v.length() != 6) {
            return Optional.empty();
        }
        Optional<CaseRow> c = store.byNumber(n).filter(r -> matches(r.queryCode(), r.applicantId(), v));
        if (c.isPresent()) {
            if (c.get().bundleId() != null) {
                return store.bundleById(c.get().bundleId()).map(b -> new StatusLookup(null, bundleView(b)));
            }
            return Optional.of(new StatusLookup(view(c.get()), null));
        }
        return store.bundleByNumber(n).filter(b -> matches(b.queryCode(), b.applicantId(), v))
                .map(b -> new StatusLookup(null, bundleView(b)));
    }

    /** The query code of the applicant's own case or bundle, shown to them for status checks. */
    public String queryCodeOf(String number, String login) {
        return store.byNumber(number).filter(c -> login != null && login.equals(c.applicantLogin()))
                .map(CaseRow::queryCode)
                .or(() -> store.bundleByNumber(number).filter(b -> login != null && login.equals(b.applicantLogin()))
                        .map(BundleRow::queryCode))
                .orElseThrow(() -> new NotFoundException("没有这个办件"));
    }

    // ---- officers -----------------------------------------------------------------------------------------------

    public Case enterAtWindow(String itemCode, ApplicantDetails who, Delivery delivery, Set<String> paper,
            String note, StaffIdentity officer) {
        return view(workflow.enterAtWindow(itemCode, who, delivery, paper, note, officer, now()).number());
    }

    /** The query code of a case just entered at a window, printed on the applicant's receipt. */
    public String receiptCode(String number, StaffIdentity officer) {
        return store.byNumber(number).filter(c -> workflow.visibleTo(c, officer)).map(CaseRow::queryCode)
                .orElseThrow(() -> new NotFoundException("没有这个办件"));
    }

    public Case accept(String number, String note, StaffIdentity me) {
        return view(workflow.accept(number, note, me, now()).number());
    }

    public Case refuse(String number, String reason, StaffIdentity me) {
        return view(workflow.refuse(number, reason, me, now()).number());
    }

    public Case notice(String number, List<OneTimeNotice.NoticeItem> items, String note, StaffIdentity me) {
        return notice(number, items, note, null, me);
    }

    /** A one-time notice, or a later 补充告知 with its reason (see {@link OneTimeNoticeRule}). */
    public Case notice(String number, List<OneTimeNotice.NoticeItem> items, String note, String reason,
            StaffIdentity me) {
        return view(workflow.notice(number, items, note, reason, me, now()).number());
    }

    public Case supplementAtWindow(String number, Set<String> paper, StaffIdentity me) {
        return view(workflow.supplementAtWindow(number, paper, me, now()).number());
    }

    public Case dispatch(String number, String note, StaffIdentity me) {
        return view(workflow.dispatch(number, note, me, now()).number());
    }

    public Case review(String number, String note, StaffIdentity me) {
        return view(workflow.review(number, note, me, now()).number());
    }

    public Case approve(String number, String note, StaffIdentity me) {
        return view(workflow.approve(number, note, me, now()).number());
    }

    public Case reject(String number, String reason, StaffIdentity me) {
        return view(workflow.reject(number, reason, me, now()).number());
    }

    public Case deliver(String number, Delivery delivery, String tracking, String note, StaffIdentity me) {
        return view(workflow.deliver(number, delivery, tracking, note, me, now()).number());
    }

    public Case handOver(String number, String toLogin, String note, StaffIdentity me) {
        return view(workflow.handOver(number, toLogin, note, me, now()).number());
    }

    /**
     * A page of the officer's list: the open cases of their scope, the most urgent first, filtered by {@code filter}
     * (open, mine, warning, overdue); without a filter the closed cases follow, most recently closed first. Scope,
     * filter, order and page are one SQL query; the clock columns it sorts by are kept on each case.
     *
     * @param page the page of open cases (1-based)
     * @param after where a page of closed cases starts ({@link CaseList#nextAfter()}), or null
     */
    public CaseList list(StaffIdentity me, String filter, int page, String after) {
        String f = filter == null || !FILTERS.contains(filter) ? null : filter;
        int p = Math.max(1, Math.min(page, 100_000));
        CaseStore.Scope scope = scopeOf(me);
        OfficialCalendar cal = calendar.current();
        LocalDate today = calendar.today();
        // WARNING: at most WARNING_DAYS working days left, i.e. due before the (WARNING_DAYS + 1)-th working day.
        LocalDate warnEnd = cal.addWorkingDays(today, Urgency.WARNING_DAYS + 1);
        long[] counts = store.openCounts(scope, today, warnEnd);
        int size = CaseList.PAGE_SIZE;
        List<CaseStore.Listed> rows = new ArrayList<>();
        Integer nextPage = null;
        String nextAfter = null;
        Instant afterAt = null;
        long afterId = 0;
        boolean closedOnly = after != null && f == null;
        if (closedOnly) {
            String[] key = after.split("_");
            try {
                afterAt = Instant.ofEpochMilli(Long.parseLong(key[0]));
                afterId = Long.parseLong(key[1]);
            } catch (RuntimeException e) {
                throw new InvalidInputException("after", "翻页参数不正确，请从第一页重新浏览");
            }
        } else {
            rows.addAll(store.openPage(scope, f, me.username(), today, warnEnd, (p - 1) * size, size + 1));
            if (rows.size() > size) {
                rows = new ArrayList<>(rows.subList(0, size));
                nextPage = p + 1;
            }
        }
        if (f == null && nextPage == null && rows.size() < size) {
            int room = size - rows.size();
            List<CaseStore.Listed> closed = store.closedPage(scope, afterAt, afterId, room + 1);
            if (closed.size() > room) {
                closed = closed.subList(0, room);
                CaseStore.Listed last = closed.get(closed.size() - 1);
                nextAfter = last.row().closedAt().toEpochMilli() + "_" + last.row().id();
            }
            rows.addAll(closed);
        }
        List<CaseSummary> shown = rows.stream().map(l -> summary(l, today, warnEnd)).toList();
        return new CaseList(shown, f, closedOnly ? 0 : p, nextPage, nextAfter, counts[0], counts[1], counts[2]);
    }

    /** The list's filters: by urgency, by responsibility, and by the step a case waits for. */
    public static final List<String> FILTERS = List.of("open", "mine", "warning", "overdue", "intake", "dispatch",
            "review", "deliver");

    /**
     * What waits for an officer in their scope: counts by the step each case waits for and by urgency (one query),
     * and the few most urgent open cases (one query), in the list's order.
     */
    public CaseDesk desk(StaffIdentity me, int size) {
        CaseStore.Scope scope = scopeOf(me);
        LocalDate today = calendar.today();
        LocalDate warnEnd = calendar.current().addWorkingDays(today, Urgency.WARNING_DAYS + 1);
        CaseStore.DeskCounts c = store.deskCounts(scope, me.username(), today, warnEnd);
        List<CaseSummary> urgent = store.openPage(scope, null, me.username(), today, warnEnd, 0,
                Math.max(0, Math.min(size, CaseList.PAGE_SIZE))).stream().map(l -> summary(l, today, warnEnd)).toList();
        return new CaseDesk(c.intake(), c.dispatch(), c.review(), c.deliver(), c.warning(), c.overdue(), c.mine(),
                urgent);
    }

    private CaseStore.Scope scopeOf(StaffIdentity me) {
        if (me == null || me.unitCode() == null) {
            return new CaseStore.Scope(new String[0]);
        }
        return new CaseStore.Scope(organization.scope(me.unitCode()).everything() ? null
                : organization.unitsWithin(me.unitCode()).toArray(String[]::new));
    }

    private static CaseSummary summary(CaseStore.Listed l, LocalDate today, LocalDate warnEnd) {
        CaseRow r = l.row();
        Urgency u = r.state().closed() ? Urgency.CLOSED
                : r.state() == CaseState.WAITING ? Urgency.WAITING
                : l.paused() ? Urgency.PAUSED
                : l.due() != null && l.due().isBefore(today) ? Urgency.OVERDUE
                : l.due() != null && l.due().isBefore(warnEnd) ? Urgency.WARNING
                : Urgency.ON_TIME;
        return new CaseSummary(r.number(), r.itemName(), r.applicantName(), Masking.maskPhone(r.applicantPhone()),
                r.state(), l.due(), u, r.responsibleName());
    }

    public Case forStaff(String number, StaffIdentity me) {
        return store.byNumber(number).filter(c -> workflow.visibleTo(c, me)).map(this::view)
                .orElseThrow(() -> new NotFoundException("没有这个办件，或它不在您的办理范围内"));
    }

    /**
     * A 一件事 application as staff see it: visible when at least one of its sub-cases is in the officer's scope.
     */
    public BundleApplication bundleForStaff(String number, StaffIdentity me) {
        return store.bundleByNumber(number == null ? "" : number.strip())
                .filter(b -> store.byBundle(b.id()).stream().anyMatch(c -> workflow.visibleTo(c, me)))
                .map(this::bundleView)
                .orElseThrow(() -> new NotFoundException("没有这个一件事申请，或它的子办件都不在您的办理范围内"));
    }

    /** The numbers of a bundle's sub-cases the officer may open. */
    public Set<String> subCasesVisibleTo(BundleApplication bundle, StaffIdentity me) {
        return bundle.subCases().stream().map(Case::number)
                .filter(n -> store.byNumber(n).filter(c -> workflow.visibleTo(c, me)).isPresent())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Items a window of the officer's unit may take (全县通办 or implemented in its area). */
    public List<ServiceItem> itemsForWindow(StaffIdentity me) {
        return catalogue.items().stream().filter(i -> workflow.mayTakeAtWindow(i, me.unitCode())).toList();
    }

    /**
     * 行政许可 decisions (准予 or 不予批准) taken in a calendar year by the departments of one government, for the annual
     * report's table 二 (第二十条第（五）项).
     */
    public int licensingDecisions(String divisionCode, int year) {
        String[] licensing = catalogue.items().stream().filter(i -> i.type() == ItemType.LICENSING)
                .map(ServiceItem::code).toArray(String[]::new);
        String[] departments = organization.departments(divisionCode).stream().map(d -> d.code())
                .toArray(String[]::new);
        ZoneId zone = clock.getZone();
        return store.decisionsBetween(licensing, departments, LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
    }

    /** The one form of a bundle: shared facts (key → label) and each material once. */
    public Map<String, String> bundleFacts(Bundle bundle) {
        return bundle.facts();
    }

    public List<Material> bundleMaterials(Bundle bundle) {
        return BundleForms.materialsOf(bundle.itemCodes().stream().map(catalogue::item).toList());
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- views --------------------------------------------------------------------------------------------------

    private Case view(String number) {
        return view(store.byNumber(number).orElseThrow());
    }

    private Case view(CaseRow r) {
        String bundleNumber = r.bundleId() == null ? null
                : store.bundleById(r.bundleId()).map(BundleRow::number).orElse(null);
        return new Case(r.number(), r.itemCode(), r.itemName(), r.departmentCode(), unitName(r.departmentCode()),
                r.channel(), applicant(r.applicantKind(), r.applicantName(), r.applicantId(), r.applicantPhone(),
                        r.applicantCreditCode()),
                r.acceptingUnit(), unitName(r.acceptingUnit()), r.responsibleLogin(), r.responsibleName(),
                unitName(r.responsibleUnit()), r.state(), r.promisedDays(), r.delivery(), r.trackingNumber(),
                r.reason(), bundleNumber, r.submittedAt(), r.dispatchedAt(), r.closedAt(), store.materials(r.id()),
                store.steps(r.id()), store.notices(r.id()), clockOf(r),
                certificates.issuedFor(r.number()).stream().map(c -> new ResultCertificate(c.type(), c.number(),
                        c.verificationCode(), c.verificationPath())).toList());
    }

    private BundleApplication bundleView(BundleRow b) {
        String promise = catalogue.findBundle(b.bundleCode()).map(Bundle::promise).orElse(null);
        return new BundleApplication(b.number(), b.bundleCode(), b.bundleName(),
                applicant(b.applicantKind(), b.applicantName(), b.applicantId(), b.applicantPhone(), null), b.facts(),
                b.submittedAt(), b.completedAt(), b.resultNotice(),
                store.byBundle(b.id()).stream().map(this::view).toList(), promise, bundleClockOf(b));
    }

    /** Applications made before bundles had a tracked clock have none. */
    private CaseClock bundleClockOf(BundleRow b) {
        boolean closed = b.completedAt() != null;
        return clocks.find(CaseWorkflow.BUNDLE_CLOCK_OWNER, b.number()).map(c -> {
            ClockStatus s = clocks.status(CaseWorkflow.BUNDLE_CLOCK_OWNER, b.number()).orElseThrow();
            Urgency u = closed ? Urgency.CLOSED
                    : s.paused() ? Urgency.PAUSED
                    : s.overdue() ? Urgency.OVERDUE
                    // A one-day promise (0.5 rounded up) warns on its due day, not from the start.
                    : s.remainingDays() <= Math.min(Urgency.WARNING_DAYS, c.limitDays() - 1) ? Urgency.WARNING
                    : Urgency.ON_TIME;
            return new CaseClock(c.start(), c.limitDays(), s.due(), counted(s, c.totalDays()), s.remainingDays(),
                    s.pausedDays(), s.paused(), s.overdue() && !closed, u, s.provisional() && !closed);
        }).orElse(null);
    }

    private CaseClock clockOf(CaseRow r) {
        ClockStatus s = clocks.status(CaseWorkflow.CLOCK_OWNER, r.number()).orElseThrow();
        Urgency u = r.state().closed() ? Urgency.CLOSED
                : r.state() == CaseState.WAITING ? Urgency.WAITING
                : s.paused() ? Urgency.PAUSED
                : s.overdue() ? Urgency.OVERDUE
                : s.remainingDays() <= Urgency.WARNING_DAYS ? Urgency.WARNING
                : Urgency.ON_TIME;
        var c = clocks.find(CaseWorkflow.CLOCK_OWNER, r.number()).orElseThrow();
        return new CaseClock(c.start(), r.promisedDays(), s.due(), counted(s, c.totalDays()), s.remainingDays(),
                s.pausedDays(), s.paused(), s.overdue() && !r.state().closed(), u,
                s.provisional() && !r.state().closed());
    }

    /**
     * Working days counted from the start to today (or to the day the case closed). The clock's own count stops at
     * the limit; past the due date a page would then show "已用 1" beside "超期 17", so the overdue days are added.
     */
    private static int counted(ClockStatus s, int limitDays) {
        return s.remainingDays() < 0 ? limitDays - s.remainingDays() : s.usedDays();
    }

    private static Applicant applicant(String kind, String name, String id, String phone, String creditCode) {
        return new Applicant(kind, name, Masking.maskIdNumber(id), Masking.maskPhone(phone), creditCode);
    }

    private String unitName(String code) {
        return code == null ? null : organization.unit(code).map(OrgUnit::name).orElse(code);
    }


    private static boolean matches(String queryCode, String idNumber, String given) {
        boolean code = constantTimeEquals(queryCode, given);
        boolean id = idNumber != null && idNumber.length() >= 6
                && constantTimeEquals(idNumber.substring(idNumber.length() - 6), given);
        return code | id;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
