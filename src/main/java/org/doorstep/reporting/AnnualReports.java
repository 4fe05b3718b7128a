package org.doorstep.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.cases.Cases;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentDraft;
import org.doorstep.disclosure.DocumentState;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.disclosure.Validity;
import org.doorstep.organization.Division;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.reporting.internal.ReportBody;
import org.doorstep.reporting.internal.ReportStore;
import org.doorstep.reporting.internal.ReportStore.ReportRow;
import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.DisclosureRequests;
import org.doorstep.requests.OutcomeCategory;
import org.doorstep.requests.YearFigures;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting module's facade: a government's 政府信息公开工作年度报告 (2021 national template). Figures come from the
 * other modules' APIs; the government's disclosure officers write the sections and enter what the platform cannot
 * know; submission freezes the figures and hands the report to the disclosure module as a document in the
 * 政府信息公开年报 node, where a confidentiality reviewer publishes it.
 */
@Service
public class AnnualReports {

    /** 条例 took effect on 1 May 2008; no report is older. */
    public static final int FIRST_YEAR = 2008;
    /** The catalogue node every government keeps its annual reports in. */
    public static final String NODE = "政府信息公开年报";
    /** 体裁 values counted as 规章 and as 行政规范性文件 in table 二. */
    public static final Set<String> RULE_GENRES = Set.of("规章", "政府规章");
    public static final Set<String> NORMATIVE_GENRES = Set.of("行政规范性文件", "规范性文件");
    public static final String GENRE = "年度报告";
    private static final int MAX_COUNT = 9_999_999;

    private final ReportStore store;
    private final Disclosure disclosure;
    private final DisclosureRequests requests;
    private final Cases cases;
    private final Clock clock;
    private final Permissions permissions;

    private final java.time.MonthDay townshipDeadline;

    AnnualReports(ReportStore store, Disclosure disclosure, DisclosureRequests requests, Cases cases, Clock clock,
            Permissions permissions,
            @org.springframework.beans.factory.annotation.Value("${doorstep.reporting.township-deadline:01-31}")
            String townshipDeadline) {
        this.townshipDeadline = PublicationDeadline.parse(townshipDeadline);
        this.permissions = permissions;
        this.store = store;
        this.disclosure = disclosure;
        this.requests = requests;
        this.cases = cases;
        this.clock = clock;
    }

    // ================================================================ figures

    /** Every figure the platform can compute for one government and year, as of now. */
    public Figures figures(String divisionCode, int year) {
        disclosure.government(divisionCode);
        requireYear(year);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Long, LocalDate> repeals = store.repeals(divisionCode);
        int[] rules = documentFigures(disclosure.publicDocuments(divisionCode, RULE_GENRES), repeals, year, last);
        int[] normative = documentFigures(disclosure.publicDocuments(divisionCode, NORMATIVE_GENRES), repeals, year,
                last);
        return new Figures(rules[0], rules[1], rules[2], normative[0], normative[1], normative[2],
                cases.licensingDecisions(divisionCode, year), requests.yearFigures(divisionCode, year),
                requests.feesCollected(divisionCode, year));
    }

    /** Made in the year (成文日期), repealed in the year, and in force at the year end. */
    private static int[] documentFigures(List<GovDocument> docs, Map<Long, LocalDate> repeals, int year,
            LocalDate last) {
        int[] f = new int[3];
        for (GovDocument d : docs) {
            if (d.writtenOn().getYear() == year) {
                f[0]++;
            }
            LocalDate repealed = repeals.get(d.id());
            if (repealed != null && repealed.getYear() == year) {
                f[1]++;
            }
            boolean repealedByYearEnd = d.validity() == Validity.REPEALED
                    && (repealed == null || !repealed.isAfter(last));
            boolean inForce = !d.writtenOn().isAfter(last) && (d.effectiveOn() == null || !d.effectiveOn().isAfter(last))
                    && (d.expiresOn() == null || !d.expiresOn().isBefore(last)) && !repealedByYearEnd;
            if (inForce) {
                f[2]++;
            }
        }
        return f;
    }

    // ================================================================ officers

    /** The governments an officer may see reports of: their own and, for a county, its townships. */
    public List<AnnualReport> reports(StaffIdentity me) {
        requireRole(me);
        String mine = disclosure.divisionOf(me);
        List<AnnualReport> result = new ArrayList<>();
        for (ReportRow r : store.all()) {
            if (within(r.divisionCode(), mine)) {
                result.add(view(r, me));
            }
        }
        return result;
    }

    /** The government an officer writes reports for. */
    /** When the report must be published (条例第四十九条, or the county's rule for a township). */
    public PublicationDeadline deadline(AnnualReport r) {
        return PublicationDeadline.of(disclosure.government(r.divisionCode()).level(), r.year(), townshipDeadline);
    }

    /** The deadline of the person's own government for the report on {@code year}. */
    public PublicationDeadline deadline(StaffIdentity me, int year) {
        return PublicationDeadline.of(governmentOf(me).level(), year, townshipDeadline);
    }

    public Division governmentOf(StaffIdentity me) {
        requireRole(me);
        return disclosure.government(disclosure.divisionOf(me));
    }

    public AnnualReport report(long id, StaffIdentity me) {
        requireRole(me);
        ReportRow r = store.byId(id).orElseThrow(AnnualReports::notFound);
        if (!within(r.divisionCode(), disclosure.divisionOf(me))) {
            throw notFound();
        }
        return view(r, me);
    }

    /** Starts the report of the officer's own government for a year: figures generated, sections pre-filled. */
    @Transactional
    public AnnualReport create(Integer year, StaffIdentity me) {
        String division = ownGovernment(me);
        FieldErrors errors = new FieldErrors();
        if (year == null) {
            errors.reject("year", "请填写报告年度");
        } else if (year < FIRST_YEAR || year > today().getYear()) {
            errors.reject("year", "报告年度应在 " + FIRST_YEAR + " 年至 " + today().getYear() + " 年之间");
        }
        errors.throwIfAny();
        if (store.exists(division, year)) {
            throw new ConflictException("本级政府" + year + "年度的报告已经存在，请在列表中打开它");
        }
        Figures f = figures(division, year);
        long id = store.insert(division, year, prefill(f), f, now(), me.username());
        return report(id, me);
    }

    /** Saves the sections and the hand-entered figures; nothing is saved when any field is wrong. */
    @Transactional
    public AnnualReport save(long id, ReportDraft draft, StaffIdentity me) {
        AnnualReport r = editable(id, me);
        FieldErrors errors = new FieldErrors();
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection s : NarrativeSection.values()) {
            String text = draft.narrative() == null ? null : draft.narrative().get(s);
            text = text == null ? "" : text.strip();
            if (text.length() > NarrativeSection.MAX_LENGTH) {
                errors.reject(s.name(), "“" + s.heading() + "”不能超过 " + NarrativeSection.MAX_LENGTH + " 字");
            }
            narrative.put(s, text);
        }
        Integer penalties = count(errors, "penalties", draft.penalties(), "行政处罚的本年处理决定数量");
        Integer enforcement = count(errors, "enforcement", draft.enforcement(), "行政强制的本年处理决定数量");
        BigDecimal fees = money(errors, "feesWanYuan", draft.feesWanYuan());
        errors.throwIfAny();
        store.saveDraft(r.id(), narrative, new HandEntered(penalties, enforcement, fees), now(), me.username());
        return report(id, me);
    }

    /** Takes the figures afresh from the platform's data (drafts only; submitted figures stay frozen). */
    @Transactional
    public AnnualReport regenerate(long id, StaffIdentity me) {
        AnnualReport r = editable(id, me);
        store.saveFigures(r.id(), figures(r.divisionCode(), r.year()), now(), me.username());
        return report(id, me);
    }

    /** Whether the platform's data has changed since the report's figures were generated. */
    public boolean stale(AnnualReport r) {
        return r.status().editable() && !figures(r.divisionCode(), r.year()).equals(r.figures());
    }

    /** What keeps a report from being submitted, in Chinese; empty when it may go. */
    public List<String> problems(AnnualReport r) {
        List<String> p = new ArrayList<>(r.columnCheckFailures());
        for (String m : r.handEntered().missing()) {
            p.add("请填写" + m + "（手工填报）");
        }
        for (NarrativeSection s : NarrativeSection.values()) {
            if (r.text(s).isBlank()) {
                p.add("请填写“" + s.heading() + "”");
            }
        }
        for (NarrativeCheck.Difference d : differences(r)) {
            p.add("正文与表格数据不一致：" + d.message());
        }
        return p;
    }

    /** Where the written sections state a figure other than the report's tables (see {@link NarrativeCheck}). */
    public List<NarrativeCheck.Difference> differences(AnnualReport r) {
        return NarrativeCheck.differences(r.narrative(), r.figures());
    }

    /**
     * Rewrites the sentences that state a figure other than the tables' with the tables' figure, keeping the rest of
     * the officer's words, and saves the sections; the hand-entered figures stay. Returns how many were rewritten.
     */
    @Transactional
    public int alignNarrative(long id, StaffIdentity me) {
        AnnualReport r = editable(id, me);
        int before = differences(r).size();
        if (before == 0) {
            return 0;
        }
        store.saveDraft(r.id(), NarrativeCheck.rewrite(r.narrative(), r.figures()), r.handEntered(), now(),
                me.username());
        return before;
    }

    /**
     * Freezes the figures as they stand in the report and submits it to confidentiality review as a document in the
     * government's 政府信息公开年报 node (a returned report updates its document). A failing column check, a missing
     * hand-entered figure, an empty section or a sentence whose figure contradicts the tables refuses it: the officer
     * rewrites the sentence (or lets {@link #alignNarrative} do it) rather than publishing two different figures.
     */
    @Transactional
    public AnnualReport submit(long id, StaffIdentity me) {
        return submit(id, today(), me);
    }

    /**
     * Submits a report written earlier, e.g. one being moved from the former website with its 成文日期: a day of the
     * year after the reported one (条例第四十九条: published by 31 January of that year), not after today.
     */
    @Transactional
    public AnnualReport submit(long id, LocalDate writtenOn, StaffIdentity me) {
        AnnualReport r = editable(id, me);
        if (writtenOn == null || writtenOn.getYear() <= r.year() || writtenOn.isAfter(today())) {
            throw new InvalidInputException("writtenOn", "年度报告的成文日期应在报告年度之后、不晚于今天");
        }
        List<String> problems = problems(r);
        if (!problems.isEmpty()) {
            throw new ConflictException("不能提交保密审查：" + String.join("；", problems));
        }
        long node = disclosure.catalogue(r.divisionCode()).stream()
                .filter(n -> n.fixed() && n.name().equals(NODE)).map(CatalogueNode::id).findFirst()
                .orElseThrow(() -> new ConflictException("本级政府的目录中没有“" + NODE + "”栏目"));
        DocumentDraft doc = new DocumentDraft(r.title(), null, r.divisionCode(), writtenOn, null, null, "综合政务",
                GENRE, "政府信息公开 年度报告 " + r.year(), ReportBody.html(r), List.of(node), null, null);
        long documentId = r.documentId() == null ? disclosure.create(doc, me).id()
                : disclosure.update(r.documentId(), doc, me).id();
        disclosure.submit(documentId, me);
        store.submitted(r.id(), documentId, now(), me.username());
        return report(id, me);
    }

    // ================================================================ public side

    /** A government's published report of a year; 404 (in Chinese) for an unknown government or no published report. */
    public AnnualReport published(String divisionCode, int year) {
        requireYear(year);
        Division government = disclosure.government(divisionCode);
        return store.byYear(divisionCode, year).map(r -> view(r, null))
                .filter(r -> r.status() == ReportStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException(Disclosure.governmentName(government) + "尚未发布" + year
                        + "年政府信息公开工作年度报告"));
    }

    /** The published reports, newest first, for the portal. */
    public List<AnnualReport> publishedReports() {
        return store.all().stream().map(r -> view(r, null)).filter(r -> r.status() == ReportStatus.PUBLISHED)
                .toList();
    }

    /** A year outside 2008 … this year is bad input (400), not merely absent. */
    public void requireYear(int year) {
        if (year < FIRST_YEAR || year > today().getYear()) {
            throw new InvalidInputException("year", "年度应为 " + FIRST_YEAR + " 至 " + today().getYear() + " 之间的四位年份");
        }
    }

    // ================================================================ helpers

    private AnnualReport view(ReportRow r, StaffIdentity me) {
        ReportStatus status = ReportStatus.DRAFT;
        String returnReason = null;
        if (r.documentId() != null) {
            Optional<GovDocument> doc = me == null ? disclosure.publicDocument(r.documentId())
                    : Optional.of(disclosure.staffDocument(r.documentId(), me));
            DocumentState state = doc.map(GovDocument::state).orElse(DocumentState.SUBMITTED);
            status = switch (state) {
                case DRAFT -> ReportStatus.DRAFT;
                case SUBMITTED -> ReportStatus.SUBMITTED;
                case RETURNED -> ReportStatus.RETURNED;
                case SCHEDULED -> ReportStatus.SUBMITTED;
                case PUBLISHED, REVISED -> ReportStatus.PUBLISHED;
                case WITHDRAWN -> ReportStatus.WITHDRAWN;
            };
            returnReason = doc.map(GovDocument::returnReason).filter(x -> !x.isBlank()).orElse(null);
        }
        String name = Disclosure.governmentName(disclosure.government(r.divisionCode()));
        return new AnnualReport(r.id(), r.divisionCode(), name, r.year(), r.narrative(), r.handEntered(), r.figures(),
                r.generatedAt(), r.documentId(), status, status == ReportStatus.RETURNED ? returnReason : null,
                r.submittedAt(), r.submittedBy(), r.version());
    }

    private AnnualReport editable(long id, StaffIdentity me) {
        AnnualReport r = report(id, me);
        if (!ownGovernment(me).equals(r.divisionCode())) {
            throw new AccessDeniedException("只有本级政府的政务公开专员可以编写本级年度报告");
        }
        if (!r.status().editable()) {
            throw new ConflictException("报告当前状态为“" + r.status().label() + "”，不能修改；数据已在提交时冻结");
        }
        return r;
    }

    private String ownGovernment(StaffIdentity me) {
        if (!mayWrite(me)) {
            throw new AccessDeniedException("只有政务公开专员可以编写年度报告");
        }
        String division = disclosure.divisionOf(me);
        disclosure.government(division);
        return division;
    }

    private void requireRole(StaffIdentity me) {
        permissions.require(me, Permission.REPORT_VIEW);
    }

    /** Whether the account writes its government's reports (the disclosure office). */
    public boolean mayWrite(StaffIdentity me) {
        return permissions.may(me, Permission.REPORT_EDIT);
    }

    /** A county officer sees the county's and its townships' reports; a township officer only their own. */
    private boolean within(String reportDivision, String mine) {
        if (reportDivision.equals(mine)) {
            return true;
        }
        return disclosure.government(reportDivision).parentCode() != null
                && mine.equals(disclosure.government(reportDivision).parentCode());
    }

    private static Integer count(FieldErrors errors, String field, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= MAX_COUNT) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.reject(field, what + "应为 0 至 " + MAX_COUNT + " 之间的整数");
        return null;
    }

    private static BigDecimal money(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.strip());
            if (d.signum() >= 0 && d.scale() <= 4 && d.compareTo(new BigDecimal("9999999999")) <= 0) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.reject(field, "行政事业性收费的本年收费金额应为不小于 0 的数字（单位：万元，最多 4 位小数）");
        return null;
    }

    /** Starting text built from the figures; the officer rewrites it as needed. */
    private static Map<NarrativeSection, String> prefill(Figures f) {
        Map<NarrativeSection, String> m = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection s : NarrativeSection.values()) {
            m.put(s, "");
        }
        m.put(NarrativeSection.PROACTIVE, "本年度制发行政规范性文件 " + f.normativeMade() + " 件，废止 " + f.normativeRepealed()
                + " 件，现行有效 " + f.normativeInForce() + " 件；作出行政许可决定 " + f.licensingDecisions() + " 件。");
        YearFigures y = f.requests();
        int received = sum(y.received());
        int carriedIn = sum(y.carriedIn());
        int concluded = 0;
        for (ApplicantType t : ApplicantType.values()) {
            concluded += y.concludedTotal(t);
        }
        StringBuilder outcomes = new StringBuilder();
        for (OutcomeCategory c : OutcomeCategory.values()) {
            int n = y.concluded().entrySet().stream().filter(e -> e.getKey().category() == c)
                    .mapToInt(e -> sum(e.getValue())).sum();
            if (n > 0) {
                outcomes.append(outcomes.isEmpty() ? "其中" : "、").append(c.shortLabel()).append(' ').append(n).append(" 件");
            }
        }
        m.put(NarrativeSection.ON_REQUEST, "本年度新收政府信息公开申请 " + received + " 件，上年结转 " + carriedIn + " 件；办结 "
                + concluded + " 件" + (outcomes.isEmpty() ? "" : "，" + outcomes) + "；结转下年度继续办理 "
                + sum(y.carriedOut()) + " 件。");
        m.put(NarrativeSection.OTHER, f.requestFeesYuan() == 0 ? "本年度未收取政府信息公开信息处理费。"
                : "本年度依据《政府信息公开信息处理费管理办法》收取信息处理费 " + f.requestFeesYuan() + " 元。");
        return m;
    }

    private static int sum(Map<ApplicantType, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("没有这份年度报告");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
