package org.doorstep.cases.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.calendar.ClockDueDateChanged;
import org.doorstep.calendar.StatutoryClocks;
import org.doorstep.cases.ApplicantDetails;
import org.doorstep.cases.BundleCompleted;
import org.doorstep.cases.CaseChanged;
import org.doorstep.cases.CaseMaterial;
import org.doorstep.cases.InstantApprovalRule;
import org.doorstep.cases.CaseState;
import org.doorstep.cases.CaseStep;
import org.doorstep.cases.Channel;
import org.doorstep.cases.OneTimeNotice;
import org.doorstep.cases.OneTimeNoticeRule;
import org.doorstep.cases.Upload;
import org.doorstep.cases.internal.CaseStore.BundleRow;
import org.doorstep.cases.internal.CaseStore.CaseRow;
import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.OrgUnit;
import org.doorstep.organization.Organization;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.FileStore;
import org.doorstep.platform.FileType;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.StoredFile;
import org.doorstep.notifications.MessageTemplate;
import org.doorstep.notifications.NotificationRequested;
import org.doorstep.notifications.Recipient;
import org.doorstep.services.Bundle;
import org.doorstep.services.BundleOrder;
import org.doorstep.services.Delivery;
import org.doorstep.services.Material;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case state machine with explicit times, so that the facade passes "now" and demo data can tell a past. Every
 * transition checks the state and the actor's unit, writes a timeline step and publishes a {@link CaseChanged}.
 */
@Service
public class CaseWorkflow {

    /** Owner name of the cases' statutory clocks in the calendar module. */
    public static final String CLOCK_OWNER = "cases";
    /** The clock of a 一件事 application's own promised limit. */
    public static final String BUNDLE_CLOCK_OWNER = "cases.bundle";
    /** Types accepted for uploaded materials (recognised by content). */
    public static final Set<FileType> MATERIAL_TYPES = EnumSet.of(FileType.PDF, FileType.OFD, FileType.PNG,
            FileType.JPEG);
    public static final long MAX_MATERIAL_BYTES = 10L * 1024 * 1024;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseStore store;
    private final ServiceCatalogue catalogue;
    private final Organization organization;
    private final StatutoryClocks clocks;
    private final FileStore files;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Certificates certificates;
    private final Permissions permissions;
    private final java.time.Clock clock;
    private final org.doorstep.accounts.IdentityVerification verification;

    CaseWorkflow(CaseStore store, ServiceCatalogue catalogue, Organization organization, StatutoryClocks clocks,
            FileStore files, Accounts accounts, ApplicationEventPublisher events, Certificates certificates,
            Permissions permissions, java.time.Clock clock, org.doorstep.accounts.IdentityVerification verification) {
        this.clock = clock;
        this.verification = verification;
        this.permissions = permissions;
        this.certificates = certificates;
        this.store = store;
        this.catalogue = catalogue;
        this.organization = organization;
        this.clocks = clocks;
        this.files = files;
        this.accounts = accounts;
        this.events = events;
    }

    // ---- intake -------------------------------------------------------------------------------------------------

    /** An online application by a signed-in citizen or firm; materials may be uploaded or reused from earlier cases. */
    @Transactional
    public CaseRow apply(String itemCode, ApplicantDetails who, Delivery delivery, List<Upload> uploads,
            Map<String, String> reused, StaffIdentity citizen, Instant at) {
        ServiceItem item = catalogue.item(itemCode);
        FieldErrors errors = checkApplicant(who);
        checkDelivery(item, delivery, errors);
        errors.rejectIf(!item.has(ServiceFlag.ONLINE), "itemCode", "该事项暂不支持网上申请，请到窗口办理或预约帮办代办");
        errors.throwIfAny();
        List<CaseMaterial> given = new ArrayList<>(reusedMaterials(item, reused, citizen.username(), at));
        given.addAll(storeUploads(item.materials().stream().map(Material::name).toList(), uploads, at));
        List<CaseMaterial> proofs = certificateProofs(item, who, given, at);
        given.addAll(proofs);
        CaseRow row = create(item, who, delivery, Channel.ONLINE, citizen.username(), item.departmentCode(), null,
                null, null, null, CaseState.SUBMITTED, at);
        given.forEach(m -> store.addMaterial(row.id(), m));
        step(row, at, citizen.displayName(), null, "submitted", "网上提交申请",
                given.isEmpty() ? "未上传材料" : "上传材料 " + given.size() + " 份");
        boolean instant = item.has(ServiceFlag.INSTANT_APPROVAL);
        QUIET.set(instant);
        try {
            publish("cases.case.submitted", row, null, CaseState.SUBMITTED, item.departmentCode());
        } finally {
            QUIET.remove();
        }
        if (instant) {
            // Verified means the account's verified person or firm is the applicant on this case, not only the account.
            String holder = holderOf(who);
            boolean verified = verification.verifiedHolder(citizen.username())
                    .filter(h -> h.number() != null && h.number().equalsIgnoreCase(holder)).isPresent();
            java.util.Optional<String> refusal = delivery != Delivery.ELECTRONIC
                    ? java.util.Optional.of("申请人选择了" + delivery.label() + "，秒批结果只能以电子证照送达")
                    : InstantApprovalRule.refusal(item, verified,
                            proofs.stream().map(CaseMaterial::name).collect(java.util.stream.Collectors.toSet()));
            if (refusal.isEmpty()) {
                return decideInstantly(row, item, at);
            }
            step(row, at, INSTANT.displayName(), null, "instant-declined", "未能秒批，转部门人工办理", refusal.get());
            tell(row, MessageTemplate.CASE_SUBMITTED, "submitted:" + row.version());
        }
        return row;
    }

    private CaseRow current(CaseRow row) {
        return store.byNumber(row.number()).orElseThrow();
    }

    /** The platform's own actor for 秒批 decisions, so that the history says no person decided. */
    private static final StaffIdentity INSTANT = new StaffIdentity() {
        public String username() {
            return "system.instant";
        }

        public String displayName() {
            return "秒批（系统自动审批）";
        }

        public String roleCode() {
            return "SYSTEM";
        }

        public String unitCode() {
            return null;
        }
    };

    /** 秒批: accepted, approved and delivered as an electronic certificate in the submitting transaction. */
    private CaseRow decideInstantly(CaseRow row, ServiceItem item, Instant at) {
        // Each step re-reads the row: its version moves with every update (optimistic locking).
        QUIET.set(true);
        try {
            move(current(row), CaseState.ACCEPTED, INSTANT, at, "accepted", "受理（秒批）", "材料均经电子证照和实名核验", null,
                    null, false);
            move(current(row), CaseState.APPROVED, INSTANT, at, "approved", "审批通过（秒批，无人干预自动审批）", null,
                    null, null, false);
        } finally {
            QUIET.remove();
        }
        // the completion tells the applicant, through the outbox, once the decision is stored
        CaseRow done = complete(current(row), Delivery.ELECTRONIC, "", null, INSTANT, at);
        step(row, at, INSTANT.displayName(), null, "notified", "办结通知",
                "您申请的“" + item.name() + "”（办件编号 " + row.number() + "）已通过秒批办结，结果已生成电子证照，"
                        + "可在“我的办件”查看和下载。");
        return done;
    }

    /**
     * 帮办代办: an officer enters the case at a window for an applicant (who need not have an account) and accepts it
     * on the spot. A township window takes 全县通办 items and the items implemented in its area.
     */
    @Transactional
    public CaseRow enterAtWindow(String itemCode, ApplicantDetails who, Delivery delivery, Set<String> paper,
            String note, StaffIdentity officer, Instant at) {
        permissions.require(officer, Permission.CASE_ENTER);
        FieldErrors errors = new FieldErrors();
        ServiceItem item = itemCode == null || itemCode.isBlank() ? null : catalogue.find(itemCode).orElse(null);
        errors.rejectIf(item == null, "itemCode", "请选择办理的事项");
        FieldErrors applicant = checkApplicant(who);
        applicant.asMap().forEach(errors::reject);
        if (item != null) {
            checkDelivery(item, delivery, errors);
            errors.rejectIf(!mayTakeAtWindow(item, officer.unitCode()), "itemCode",
                    "该事项不是全县通办事项，也不在本单位的实施清单中，本窗口不能受理");
        }
        errors.throwIfAny();
        String unit = officer.unitCode();
        CaseRow created = create(item, who, delivery, Channel.WINDOW, null, unit, officer.username(),
                officer.displayName(), unit, null, CaseState.ACCEPTED, at);
        Set<String> names = new LinkedHashSet<>(item.materials().stream().map(Material::name).toList());
        for (String p : paper == null ? Set.<String>of() : paper) {
            if (names.contains(p)) {
                store.addMaterial(created.id(), new CaseMaterial(p, null, null, null, 0, true, at));
            }
        }
        step(created, at, officer.displayName(), unitName(unit), "entered", "窗口录入（帮办代办）", blankToNull(note));
        step(created, at, officer.displayName(), unitName(unit), "accepted", "受理", "首问负责人：" + officer.displayName());
        publish("cases.case.entered", created, null, CaseState.ACCEPTED, unit);
        return created;
    }

    /**
     * One application for a 一件事 bundle: shared facts asked once, one sub-case per item. Items that need a certificate
     * another item of the bundle issues ({@link BundleOrder}) wait, without counting, until it is issued; the rest
     * start in parallel. The bundle's own promised limit counts from submission.
     */
    @Transactional
    public BundleRow applyBundle(String bundleCode, ApplicantDetails who, Map<String, String> facts,
            Delivery delivery, List<Upload> uploads, StaffIdentity citizen, Instant at) {
        Bundle bundle = catalogue.bundle(bundleCode);
        List<ServiceItem> items = bundle.itemCodes().stream().map(catalogue::item).toList();
        BundleOrder order = BundleOrder.of(items);
        FieldErrors errors = checkApplicant(who, false);
        for (Map.Entry<String, String> f : bundle.facts().entrySet()) {
            String v = facts == null ? null : facts.get(f.getKey());
            errors.rejectIf(v == null || v.isBlank(), "fact-" + f.getKey(), "请填写" + f.getValue());
        }
        errors.rejectIf(delivery == null, "delivery", "请选择结果送达方式");
        errors.throwIfAny();
        List<String> names = BundleForms.materialsOf(items).stream().map(Material::name).toList();
        List<CaseMaterial> given = storeUploads(names, uploads, at);
        String number = number("YJ", at);
        Map<String, String> kept = new LinkedHashMap<>();
        bundle.facts().keySet().forEach(k -> kept.put(k, facts.get(k).strip()));
        long id = store.insertBundle(new BundleRow(0, number, queryCode(), bundle.code(), bundle.name(), who.kind(),
                who.name().strip(), idOf(who), IdentityNumbers.normalise(who.phone()), citizen.username(), kept, at,
                null, null));
        clocks.start(BUNDLE_CLOCK_OWNER, number, day(at), bundle.clockDays());
        for (ServiceItem item : items) {
            Delivery d = item.deliveries().contains(delivery) ? delivery : item.deliveries().iterator().next();
            List<ServiceItem> needs = order.prerequisitesOf(item.code());
            CaseRow row = create(item, who, d, Channel.ONLINE, citizen.username(), item.departmentCode(), null, null,
                    null, id, needs.isEmpty() ? CaseState.SUBMITTED : CaseState.WAITING, at);
            Set<String> needed = item.materials().stream().map(Material::name).collect(java.util.stream.Collectors.toSet());
            given.stream().filter(m -> needed.contains(m.name())).forEach(m -> store.addMaterial(row.id(), m));
            step(row, at, citizen.displayName(), null, "submitted", "随“" + bundle.name() + "”一次提交", number);
            if (needs.isEmpty()) {
                publish("cases.case.submitted", row, null, CaseState.SUBMITTED, item.departmentCode());
            } else {
                // Nothing to do for the department yet, so nothing counts against it.
                clocks.pause(CLOCK_OWNER, row.number(), day(at), "等待前置事项办结");
                syncClock(row.number());
                step(row, at, BUNDLE.displayName(), null, "waiting", "等待前置事项办结", "待"
                        + String.join("、", needs.stream().map(n -> "“" + n.name() + "”").toList()) + "办结、"
                        + String.join("、", needs.stream().map(ServiceItem::certificateType).distinct().toList())
                        + "核发后自动启动，证照从电子证照库共享，无需申请人提交");
                publish("cases.case.waiting", row, null, CaseState.WAITING, item.departmentCode());
            }
        }
        events.publishEvent(new NotificationRequested("bundle:" + number + ":submitted",
                MessageTemplate.BUNDLE_SUBMITTED, Map.of("number", number, "item", bundle.name()),
                "/my/bundles/" + number, new Recipient(citizen.username(), IdentityNumbers.normalise(who.phone()), null),
                items.get(0).departmentCode(), number));
        return store.bundleById(id).orElseThrow();
    }

    /** The platform's own actor for the steps a 一件事 takes by itself (starting a sub-case that waited). */
    private static final StaffIdentity BUNDLE = new StaffIdentity() {
        public String username() {
            return "system.bundle";
        }

        public String displayName() {
            return "一件事联办（系统）";
        }

        public String roleCode() {
            return "SYSTEM";
        }

        public String unitCode() {
            return null;
        }
    };

    // ---- officer actions ----------------------------------------------------------------------------------------

    @Transactional
    public CaseRow accept(String number, String note, StaffIdentity me, Instant at) {
        CaseRow c = visible(number, me);
        permissions.require(me, Permission.CASE_INTAKE);
        requireState(c, CaseState.SUBMITTED);
        return move(c, CaseState.ACCEPTED, me, at, "accepted", "受理", blankToNull(note), null, null, false);
    }

    @Transactional
    public CaseRow refuse(String number, String reason, StaffIdentity me, Instant at) {
        CaseRow c = visible(number, me);
        permissions.require(me, Permission.CASE_INTAKE);
        requireState(c, CaseState.SUBMITTED);
        String r = requireReason(reason, "请填写不予受理的理由（将告知申请人）");
        return move(c, CaseState.REFUSED, me, at, "refused", "不予受理", r, r, null, false);
    }

    /** 一次性告知: lists every material to supplement at once and pauses the clock. */
    @Transactional
    public CaseRow notice(String number, List<OneTimeNotice.NoticeItem> items, String note, StaffIdentity me,
            Instant at) {
        return notice(number, items, note, null, me, at);
    }

    /**
     * 一次性告知, or a later 补充告知 with its {@code reason}: a later notice is refused for any material an earlier one
     * could have named ({@link OneTimeNoticeRule}).
     */
    @Transactional
    public CaseRow notice(String number, List<OneTimeNotice.NoticeItem> items, String note, String reason,
            StaffIdentity me, Instant at) {
        CaseRow c = visible(number, me);
        permissions.require(me, Permission.CASE_INTAKE);
        requireState(c, CaseState.SUBMITTED, CaseState.ACCEPTED, CaseState.DISPATCHED, CaseState.UNDER_REVIEW);
        List<OneTimeNotice.NoticeItem> list = items == null ? List.of() : items.stream()
                .filter(i -> i.material() != null && !i.material().isBlank())
                .map(i -> new OneTimeNotice.NoticeItem(i.material().strip(),
                        i.problem() == null || i.problem().isBlank() ? "缺少" : i.problem().strip()))
                .toList();
        if (list.isEmpty() && (note == null || note.isBlank())) {
            throw new InvalidInputException("materials", "请勾选需要补正的全部材料（一次性告知），或写明需补正的内容");
        }
        List<OneTimeNotice> earlier = store.notices(c.id());
        OneTimeNoticeRule.check(catalogue.item(c.itemCode()).materials().stream().map(Material::name).toList(),
                store.materials(c.id()), earlier, list.stream().map(OneTimeNotice.NoticeItem::material).toList(),
                reason).ifPresent(refusal -> {
                    throw new InvalidInputException(refusal.knowable().isEmpty() && !list.isEmpty() ? "reason"
                            : "materials", refusal.message());
                });
        String why = earlier.isEmpty() ? null : reason.strip();
        store.addNotice(c.id(), new OneTimeNotice(at, me.displayName(), list, blankToNull(note), why, null));
        clocks.pause(CLOCK_OWNER, c.number(), day(at), "一次性告知，等待补正");
        syncClock(c.number());
        String summary = String.join("；", list.stream().map(i -> i.material() + "（" + i.problem() + "）").toList());
        CaseRow next = move(c, CaseState.AWAITING_SUPPLEMENT, me, at, "noticed", why == null ? "一次性告知" : "补充告知",
                summary + (note == null || note.isBlank() ? "" : (summary.isEmpty() ? "" : "；") + note.strip())
                        + (why == null ? "" : "；补充告知理由：" + why),
                null, c.state(), false);
        return next;
    }

    /** The applicant supplements online: every material named in the notice must be given; the clock resumes. */
    @Transactional
    public CaseRow supplement(String number, List<Upload> uploads, Map<String, String> reused, StaffIdentity citizen,
            Instant at) {
        CaseRow c = store.byNumber(number).filter(r -> citizen.username().equals(r.applicantLogin()))
                .orElseThrow(() -> new NotFoundException("没有这个办件"));
        requireState(c, CaseState.AWAITING_SUPPLEMENT);
        OneTimeNotice open = store.notices(c.id()).stream().filter(n -> n.resolvedAt() == null).findFirst()
                .orElseThrow();
        List<String> wanted = open.items().stream().map(OneTimeNotice.NoticeItem::material).toList();
        ServiceItem item = catalogue.item(c.itemCode());
        List<CaseMaterial> given = new ArrayList<>(reusedMaterials(item, reused, citizen.username(), at));
        List<String> uploadedNames = uploads == null ? List.of() : uploads.stream().map(Upload::material).toList();
        List<String> missing = wanted.stream().filter(w -> !uploadedNames.contains(w)
                && given.stream().noneMatch(g -> g.name().equals(w))).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("files", "请补正告知书中列出的全部材料，还缺少：" + String.join("、", missing));
        }
        given.addAll(storeUploads(wanted, uploads, at));
        given.forEach(m -> store.addMaterial(c.id(), m));
        return resumeAfterSupplement(c, citizen.displayName(), null, "补正材料 " + given.size() + " 份", at);
    }

    /** The applicant brings the missing papers to the window; the officer records them and the clock resumes. */
    @Transactional
    public CaseRow supplementAtWindow(String number, Set<String> paper, StaffIdentity me, Instant at) {
        CaseRow c = visible(number, me);
        permissions.require(me, Permission.CASE_INTAKE);
        requireState(c, CaseState.AWAITING_SUPPLEMENT);
        if (paper == null || paper.isEmpty()) {
            throw new InvalidInputException("paper", "请勾选申请人补交的纸质材料");
        }
        paper.forEach(p -> store.addMaterial(c.id(), new CaseMaterial(p, null, null, null, 0, true, at)));
        return resumeAfterSupplement(c, me.displayName(), unitName(me.unitCode()),
                "窗口收取补正材料：" + String.join("、", paper), at);
    }

    private CaseRow resumeAfterSupplement(CaseRow c, String actor, String unit, String note, Instant at) {
        store.resolveNotices(c.id(), at);
        // 即办 (a zero-day limit) is then due the day of the supplement, or the next working day: see StatutoryClock.
        clocks.resume(CLOCK_OWNER, c.number(), day(at));
        syncClock(c.number());
        CaseState back = c.resumeState() == null ? CaseState.SUBMITTED : c.resumeState();
        CaseRow next = with(c, back, null, c.reason(), c.delivery(), c.trackingNumber(), c.dispatchedAt(), null,
                c.responsibleLogin(), c.responsibleName(), c.responsibleUnit());
        store.update(next);
        step(c, at, actor, unit, "supplemented", "申请人补正材料，恢复计时", note);
        publish("cases.case.supplemented", c, c.state(), back, c.departmentCode());
        advanceBundle(c, at);
        return next;
    }

    /** 一门分发: the accepting window sends the case to the competent department. */
    @Transactional
    public CaseRow dispatch(String number, String note, StaffIdentity me, Instant at) {
        CaseRow c = visible(number, me);
        permissions.require(me, Permission.CASE_DISPATCH);
        requireState(c, CaseState.ACCEPTED);
        String dept = organization.unit(c.departmentCode()).map(OrgUnit::name).orElse(c.departmentCode());
        return move(c, CaseState.DISPATCHED, me, at, "dispatched", "分发至" + dept, blankToNull(note), null, null,
                true);
    }

    @Transactional
    public CaseRow review(String number, String note, StaffIdentity me, Instant at) {
        CaseRow c = reviewable(number, me);
        requireState(c, CaseState.ACCEPTED, CaseState.DISPATCHED);
        return move(c, CaseState.UNDER_REVIEW, me, at, "reviewing", "部门审查", blankToNull(note), null, null, false);
    }

    @Transactional
    public CaseRow approve(String number, String note, StaffIdentity me, Instant at) {
        CaseRow c = reviewable(number, me);
        requireState(c, CaseState.UNDER_REVIEW);
        return move(c, CaseState.APPROVED, me, at, "approved", "审批通过（准予）", blankToNull(note), blankToNull(note),
                null, false);
    }

    @Transactional
    public CaseRow reject(String number, String reason, StaffIdentity me, Instant at) {
        CaseRow c = reviewable(number, me);
        requireState(c, CaseState.UNDER_REVIEW);
        String r = requireReason(reason, "请填写不予批准的理由和依据（将告知申请人）");
        return move(c, CaseState.REJECTED, me, at, "rejected", "不予批准", r, r, null, false);
    }

    /** Delivers the result (window pick-up, post with a tracking number, or electronic certificate); the case ends. */
    @Transactional
    public CaseRow deliver(String number, Delivery delivery, String tracking, String note, StaffIdentity me,
            Instant at) {
        CaseRow c = visible(number, me);
        permissions.require(me, Permission.CASE_DELIVER);
        requireState(c, CaseState.APPROVED);
        return complete(c, delivery, tracking, note, me, at);
    }

    private CaseRow complete(CaseRow c, Delivery delivery, String tracking, String note, StaffIdentity me,
            Instant at) {
        if (delivery == null) {
            throw new InvalidInputException("delivery", "请选择送达方式");
        }
        String t = tracking == null ? "" : tracking.strip();
        if (delivery == Delivery.POST && !t.matches("[A-Za-z0-9]{8,30}")) {
            throw new InvalidInputException("tracking", "邮寄送达须填写快递单号（8 到 30 位字母或数字）");
        }
        String label = switch (delivery) {
            case WINDOW -> "送达：申请人到窗口领取";
            case POST -> "送达：邮寄（单号 " + t + "）";
            case ELECTRONIC -> "送达：电子证照";
        };
        String issued = null;
        ServiceItem item = catalogue.item(c.itemCode());
        // The electronic licence is issued with the paper one when a sub-case of the same 一件事 waits for it.
        if (delivery == Delivery.ELECTRONIC || waitedFor(c, item.certificateType())) {
            Certificate cert = certificates.issue(new CertificateRequest(item.certificateType(), c.applicantName(),
                    c.holderId(), c.departmentCode(), unitName(c.departmentCode()), day(at), null, c.number()));
            issued = "电子证照 " + cert.type() + "，编号 " + cert.number();
        }
        note = issued == null ? note : (note == null || note.isBlank() ? issued : note.strip() + "；" + issued);
        CaseRow next = with(c, CaseState.COMPLETED, null, c.reason(), delivery, delivery == Delivery.POST ? t : null,
                c.dispatchedAt(), at, c.responsibleLogin() != null ? c.responsibleLogin() : me.username(),
                c.responsibleName() != null ? c.responsibleName() : me.displayName(),
                c.responsibleUnit() != null ? c.responsibleUnit() : me.unitCode());
        store.update(next);
        step(c, at, me.displayName(), unitName(me.unitCode()), "delivered", label, blankToNull(note));
        step(c, at, me.displayName(), unitName(me.unitCode()), "completed", "办结", null);
        clocks.stop(CLOCK_OWNER, c.number(), day(at));
        publish("cases.case.completed", c, c.state(), CaseState.COMPLETED, me.unitCode());
        advanceBundle(c, at);
        return next;
    }

    /** 首问负责制: responsibility passes only by a recorded hand-over, from the responsible officer (or an admin). */
    @Transactional
    public CaseRow handOver(String number, String toLogin, String note, StaffIdentity me, Instant at) {
        CaseRow c = visible(number, me);
        if (c.state().closed()) {
            throw new ConflictException("办件已结束，无需移交");
        }
        boolean own = c.responsibleLogin() == null || c.responsibleLogin().equals(me.username());
        if (!own && !permissions.may(me, Permission.CASE_REASSIGN)) {
            throw new ConflictException("只有首问负责人（" + c.responsibleName() + "）可以移交本办件");
        }
        permissions.require(me, own ? Permission.CASE_HANDOVER : Permission.CASE_REASSIGN);
        String target = toLogin == null ? "" : toLogin.strip();
        if (target.equals(me.username())) {
            throw new InvalidInputException("to", "不能移交给自己");
        }
        // The new responsible officer must exist and be able to open the case and work on it. Both failures get one
        // answer, so that the form does not tell which user names exist elsewhere in the county.
        StaffIdentity to = accounts.enabledStaff(target)
                .filter(s -> visibleTo(c, s) && permissions.may(s, Permission.CASE_VIEW)
                        && permissions.may(s, Permission.CASE_HANDOVER))
                .orElseThrow(() -> new InvalidInputException("to",
                        "不能移交给该账号：请填写能办理本办件的工作人员账号（在本办件的办理范围内，且其角色办理办件）"));
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "请写明移交原因和已办情况");
        }
        CaseRow next = with(c, c.state(), c.resumeState(), c.reason(), c.delivery(), c.trackingNumber(),
                c.dispatchedAt(), c.closedAt(), to.username(), to.displayName(), to.unitCode());
        store.update(next);
        step(c, at, me.displayName(), unitName(me.unitCode()), "handed-over",
                "移交首问责任给 " + to.displayName(), note.strip());
        publish("cases.case.handed-over", c, c.state(), c.state(), to.unitCode());
        return next;
    }

    // ---- scope --------------------------------------------------------------------------------------------------

    /**
     * A township officer sees the cases taken in their area; a department sees the cases dispatched to it or
     * applied for online with it; county staff see everything in the county.
     */
    public boolean visibleTo(CaseRow c, StaffIdentity me) {
        if (me == null || me.unitCode() == null) {
            return false;
        }
        if (organization.isWithin(c.acceptingUnit(), me.unitCode())) {
            return true;
        }
        boolean reachedDepartment = c.channel() == Channel.ONLINE || c.dispatchedAt() != null;
        return reachedDepartment && organization.isWithin(c.departmentCode(), me.unitCode());
    }

    /** Whether a window of this unit may take the item: 全县通办, or the item is implemented in the unit's area. */
    public boolean mayTakeAtWindow(ServiceItem item, String unitCode) {
        if (unitCode == null) {
            return false;
        }
        return item.has(ServiceFlag.COUNTY_WIDE) || organization.isWithin(item.departmentCode(), unitCode)
                || catalogue.implementations(item.code()).stream()
                        .anyMatch(i -> organization.isWithin(i.unitCode(), unitCode));
    }

    private CaseRow visible(String number, StaffIdentity me) {
        return store.byNumber(number == null ? "" : number.strip()).filter(c -> visibleTo(c, me))
                .orElseThrow(() -> new NotFoundException("没有这个办件，或它不在您的办理范围内"));
    }

    private CaseRow reviewable(String number, StaffIdentity me) {
        CaseRow c = visible(number, me);
        permissions.require(me, Permission.CASE_DECIDE);
        if (!organization.isWithin(c.departmentCode(), me.unitCode())) {
            throw new ConflictException("审查和审批由主管部门办理；请先分发至主管部门");
        }
        return c;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private CaseRow create(ServiceItem item, ApplicantDetails who, Delivery delivery, Channel channel, String login,
            String acceptingUnit, String responsible, String responsibleName, String responsibleUnit, Long bundleId,
            CaseState state, Instant at) {
        String number = number("QX", at);
        CaseRow row = new CaseRow(0, number, queryCode(), item.code(), item.name(), item.departmentCode(), channel,
                who.kind(), who.name().strip(), idOf(who), IdentityNumbers.normalise(who.phone()), login,
                acceptingUnit, responsible, responsibleName, responsibleUnit, state, null, item.promisedLimitDays(),
                delivery, null, null, bundleId, at, null, null, 0, creditCodeOf(who));
        long id = store.insert(row);
        clocks.start(CLOCK_OWNER, number, day(at), item.promisedLimitDays());
        syncClock(number);
        return withId(row, id);
    }

    private CaseRow move(CaseRow c, CaseState to, StaffIdentity me, Instant at, String action, String label,
            String note, String reason, CaseState resume, boolean dispatch) {
        CaseRow next = moveOnly(c, to, me, at, action, label, note, reason, resume, dispatch);
        if (to.closed() || to == CaseState.AWAITING_SUPPLEMENT) {
            advanceBundle(c, at);
        }
        return next;
    }

    /** A move that leaves the case's 一件事 alone: for the moves the bundle itself makes while it advances. */
    private CaseRow moveOnly(CaseRow c, CaseState to, StaffIdentity me, Instant at, String action, String label,
            String note, String reason, CaseState resume, boolean dispatch) {
        boolean firstOfficer = c.responsibleLogin() == null;
        CaseRow next = with(c, to, resume, reason != null ? reason : c.reason(), c.delivery(), c.trackingNumber(),
                dispatch ? at : c.dispatchedAt(), to.closed() ? at : null,
                firstOfficer ? me.username() : c.responsibleLogin(),
                firstOfficer ? me.displayName() : c.responsibleName(),
                firstOfficer ? me.unitCode() : c.responsibleUnit());
        store.update(next);
        step(c, at, me.displayName(), unitName(me.unitCode()), action, label,
                firstOfficer ? joinNotes(note, "首问负责人：" + me.displayName()) : note);
        if (to.closed()) {
            clocks.stop(CLOCK_OWNER, c.number(), day(at));
            syncClock(c.number());
        }
        publish("cases.case." + action, c, c.state(), to, me.unitCode());
        return next;
    }

    /** Whether a sub-case of the same 一件事 waits for a certificate of this type. */
    private boolean waitedFor(CaseRow c, String certificateType) {
        return c.bundleId() != null && store.byBundle(c.bundleId()).stream()
                .filter(s -> s.state() == CaseState.WAITING)
                .anyMatch(s -> catalogue.item(s.itemCode()).materials().stream()
                        .anyMatch(m -> m.required() && m.name().equals(certificateType)));
    }

    /**
     * After a sub-case of a 一件事 moved: starts the sub-cases whose prerequisites are now issued (or ends those whose
     * prerequisite was refused), pauses the bundle's promise while a sub-case awaits a supplement (the promise holds
     * “材料齐全时”), and sends the one result notice when every sub-case is closed.
     */
    private void advanceBundle(CaseRow changed, Instant at) {
        if (changed.bundleId() == null) {
            return;
        }
        // Sub-cases of one bundle close in different transactions: each sees the others only once the bundle's row
        // serialises them, so the last one to close finds every sibling closed.
        store.lockBundle(changed.bundleId());
        BundleRow b = store.bundleById(changed.bundleId()).orElseThrow();
        List<ServiceItem> items = store.byBundle(b.id()).stream().map(s -> catalogue.item(s.itemCode())).toList();
        BundleOrder order = BundleOrder.of(items);
        // Until nothing moves: a refusal or a start can free a sub-case further down the chain.
        boolean moved = true;
        while (moved) {
            moved = false;
            for (CaseRow waiting : store.byBundle(b.id())) {
                if (waiting.state() == CaseState.WAITING && startIfReady(waiting, order, at)) {
                    moved = true;
                }
            }
        }
        List<CaseRow> subs = store.byBundle(b.id());
        if (b.completedAt() == null) {
            syncBundleClock(b, subs, at);
        }
        if (b.completedAt() != null || !subs.stream().allMatch(s -> s.state().closed())) {
            return;
        }
        if (clocks.find(BUNDLE_CLOCK_OWNER, b.number()).isPresent()) {
            clocks.stop(BUNDLE_CLOCK_OWNER, b.number(), day(at));
        }
        StringBuilder notice = new StringBuilder("您申请的" + b.bundleName() + "（" + b.number() + "）已全部办结：");
        for (CaseRow s : subs) {
            notice.append(s.itemName()).append(" ").append(s.state().label());
            if (s.state() != CaseState.COMPLETED && s.reason() != null) {
                notice.append("（").append(s.reason()).append("）");
            }
            notice.append("；");
        }
        notice.append("办理结果已按您选择的方式送达。");
        store.completeBundle(b.id(), at, notice.toString());
        events.publishEvent(new BundleCompleted(b.number(), b.bundleCode(), subs.size()));
        events.publishEvent(new NotificationRequested("bundle:" + b.number() + ":completed",
                MessageTemplate.BUNDLE_COMPLETED, Map.of("number", b.number(), "item", b.bundleName()),
                b.applicantLogin() != null ? "/my/bundles/" + b.number() : "/cases/status",
                new Recipient(b.applicantLogin(), b.applicantPhone(), null), subs.get(0).departmentCode(),
                b.number()));
    }

    /** Whether the waiting sub-case moved (started, or ended because a prerequisite failed). */
    private boolean startIfReady(CaseRow waiting, BundleOrder order, Instant at) {
        List<CaseRow> siblings = store.byBundle(waiting.bundleId());
        List<CaseRow> needs = order.prerequisitesOf(waiting.itemCode()).stream()
                .flatMap(p -> siblings.stream().filter(s -> s.itemCode().equals(p.code()))).toList();
        CaseRow failed = needs.stream().filter(n -> n.state().closed() && n.state() != CaseState.COMPLETED)
                .findFirst().orElse(null);
        if (failed != null) {
            String r = "前置事项“" + failed.itemName() + "”" + failed.state().label() + "，本事项不具备办理条件";
            moveOnly(waiting, CaseState.REFUSED, BUNDLE, at, "refused", "不予受理（前置事项未办结）", r, r, null, false);
            return true;
        }
        if (!needs.stream().allMatch(n -> n.state() == CaseState.COMPLETED)) {
            return false;
        }
        // Each needed certificate is taken from the library, where the prerequisite's delivery put it.
        List<String> shared = new ArrayList<>();
        for (CaseRow n : needs) {
            String type = catalogue.item(n.itemCode()).certificateType();
            certificates.issuedFor(n.number()).stream().filter(cert -> cert.type().equals(type)).findFirst()
                    .ifPresent(cert -> {
                        store.addMaterial(waiting.id(), new CaseMaterial(type, null, "电子证照共享：" + type + "（编号 "
                                + cert.number() + "，由“" + n.itemName() + "”核发）", null, 0, false, at));
                        shared.add(type + "（编号 " + cert.number() + "）");
                    });
        }
        clocks.restart(CLOCK_OWNER, waiting.number(), day(at));
        syncClock(waiting.number());
        CaseRow next = with(waiting, CaseState.SUBMITTED, null, waiting.reason(), waiting.delivery(),
                waiting.trackingNumber(), waiting.dispatchedAt(), null, waiting.responsibleLogin(),
                waiting.responsibleName(), waiting.responsibleUnit());
        store.update(next);
        step(waiting, at, BUNDLE.displayName(), null, "started", "前置事项已办结，开始办理",
                shared.isEmpty() ? null : "已从电子证照库共享：" + String.join("、", shared));
        publish("cases.case.submitted", waiting, CaseState.WAITING, CaseState.SUBMITTED, waiting.departmentCode());
        return true;
    }

    /** The bundle's promise does not count while a sub-case awaits the applicant's supplement. */
    private void syncBundleClock(BundleRow b, List<CaseRow> subs, Instant at) {
        if (clocks.find(BUNDLE_CLOCK_OWNER, b.number()).isEmpty()) {
            return; // applied for before bundles had a clock of their own
        }
        boolean awaiting = subs.stream().anyMatch(s -> s.state() == CaseState.AWAITING_SUPPLEMENT);
        boolean paused = clocks.status(BUNDLE_CLOCK_OWNER, b.number()).map(s -> s.paused()).orElse(false);
        if (awaiting && !paused) {
            clocks.pause(BUNDLE_CLOCK_OWNER, b.number(), day(at), "子办件一次性告知，等待补正");
        } else if (!awaiting && paused) {
            clocks.resume(BUNDLE_CLOCK_OWNER, b.number(), day(at));
        }
    }

    private List<CaseMaterial> storeUploads(List<String> allowedNames, List<Upload> uploads, Instant at) {
        List<CaseMaterial> out = new ArrayList<>();
        for (Upload u : uploads == null ? List.<Upload>of() : uploads) {
            if (u.material() == null || !allowedNames.contains(u.material())) {
                throw new InvalidInputException("files", "材料名称不在本事项的材料清单中：" + u.material());
            }
            StoredFile f;
            try {
                f = files.store(u.content(), u.originalName(), MATERIAL_TYPES, MAX_MATERIAL_BYTES);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("files", "“" + u.material() + "”：" + e.getMessage());
            }
            out.add(new CaseMaterial(u.material(), f.sha256(), f.displayName(), f.type().label(), f.size(), false,
                    at));
        }
        return out;
    }

    /**
     * 免证办: a material that a valid electronic certificate of the applicant proves is checked against the library
     * instead of being uploaded.
     */
    private List<CaseMaterial> certificateProofs(ServiceItem item, ApplicantDetails who, List<CaseMaterial> given,
            Instant at) {
        if (!item.has(ServiceFlag.CERTIFICATE_FREE)) {
            return List.of();
        }
        List<CaseMaterial> out = new ArrayList<>();
        for (Material m : item.materials()) {
            if (given.stream().anyMatch(g -> g.name().equals(m.name()))) {
                continue;
            }
            certificates.validCertificate(holderOf(who), m.name(), day(at)).ifPresent(c -> out.add(new CaseMaterial(
                    m.name(), null, "电子证照核验：" + c.type() + "（编号 " + c.number() + "，有效）", null, 0, false, at)));
        }
        return out;
    }

    /** Materials reused from the applicant's own earlier cases; a hash they never gave is refused. */
    private List<CaseMaterial> reusedMaterials(ServiceItem item, Map<String, String> reused, String login,
            Instant at) {
        if (reused == null || reused.isEmpty()) {
            return List.of();
        }
        List<CaseMaterial> mine = store.materialsOf(login);
        List<String> names = item.materials().stream().map(Material::name).toList();
        List<CaseMaterial> out = new ArrayList<>();
        for (Map.Entry<String, String> r : reused.entrySet()) {
            if (r.getValue() == null || r.getValue().isBlank()) {
                continue;
            }
            CaseMaterial earlier = mine.stream().filter(m -> m.sha256().equals(r.getValue())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("reuse", "只能复用您本人以前提交过的材料"));
            if (!names.contains(r.getKey())) {
                throw new InvalidInputException("reuse", "材料名称不在本事项的材料清单中：" + r.getKey());
            }
            out.add(new CaseMaterial(r.getKey(), earlier.sha256(), earlier.fileName(), earlier.fileTypeLabel(),
                    earlier.size(), false, at));
        }
        return out;
    }

    /** A single application or window entry: a firm must name its 统一社会信用代码. */
    private static FieldErrors checkApplicant(ApplicantDetails who) {
        return checkApplicant(who, true);
    }

    /**
     * @param creditCodeRequired false for 一件事 bundles such as 企业开办, where the firm gets its code only from the
     *        bundle; a code given there is still checked
     */
    private static FieldErrors checkApplicant(ApplicantDetails who, boolean creditCodeRequired) {
        FieldErrors errors = new FieldErrors();
        boolean firm = who != null && "FIRM".equals(who.kind());
        if (firm) {
            String code = IdentityNumbers.normalise(who.creditCode());
            errors.rejectIf(code.isEmpty() && creditCodeRequired, "creditCode",
                    "请填写企业的统一社会信用代码（18 位），办理结果和电子证照将登记在企业名下");
            errors.rejectIf(!code.isEmpty() && !IdentityNumbers.isValidCreditCode(code), "creditCode",
                    "统一社会信用代码不正确（应为 18 位数字或大写字母，请核对最后一位校验码）");
        }
        errors.rejectIf(who == null || (!firm && !"PERSON".equals(who.kind())), "kind", "请选择申请人类型（个人或企业）");
        errors.rejectIf(who == null || who.name() == null || who.name().isBlank() || who.name().strip().length() > 100,
                "name", firm ? "请填写企业名称（不超过 100 字）" : "请填写申请人姓名（不超过 100 字）");
        errors.rejectIf(who == null || !IdentityNumbers.isValidResidentId(who.idNumber()), "idNumber",
                firm ? "法定代表人身份证号不正确（应为 18 位，请核对出生日期和最后一位校验码）"
                        : "身份证号不正确（应为 18 位，请核对出生日期和最后一位校验码）");
        errors.rejectIf(who == null || !IdentityNumbers.isValidMobile(who.phone()), "phone", "联系电话应为 11 位中国大陆手机号");
        return errors;
    }

    private static void checkDelivery(ServiceItem item, Delivery delivery, FieldErrors errors) {
        errors.rejectIf(delivery == null || !item.deliveries().contains(delivery), "delivery",
                "请选择本事项提供的结果送达方式：" + String.join("、",
                        item.deliveries().stream().map(Delivery::label).toList()));
    }


    private static void requireState(CaseRow c, CaseState... allowed) {
        if (!List.of(allowed).contains(c.state())) {
            throw new ConflictException("办件当前状态为“" + c.state().label() + "”，不能执行此操作");
        }
    }

    private static String requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", message);
        }
        return reason.strip();
    }

    /** Copies the clock's due date and pause onto the case, for the officers' list. */
    private void syncClock(String number) {
        clocks.status(CLOCK_OWNER, number).ifPresent(s -> store.setClock(number, s.due(), s.paused()));
    }

    /** The holder of a certificate a case issued is told that it was revoked, in the revocation's transaction. */
    @EventListener
    void certificateRevoked(org.doorstep.certificates.CertificateRevoked revoked) {
        if (revoked.sourceReference() == null) {
            return;
        }
        store.byNumber(revoked.sourceReference()).ifPresent(c -> events.publishEvent(new NotificationRequested(
                "certificate:" + revoked.number() + ":revoked", MessageTemplate.CERTIFICATE_REVOKED,
                Map.of("number", revoked.number()), c.applicantLogin() != null ? "/my/certificates" : "/certificates/verify",
                new Recipient(c.applicantLogin(), c.applicantPhone(), null), c.acceptingUnit(), c.number())));
    }

    /** A calendar change moved an open case's due date (same transaction as the change). */
    @EventListener
    void dueDateMoved(ClockDueDateChanged moved) {
        if (CLOCK_OWNER.equals(moved.owner())) {
            // The calendar snapshot is swapped only after this transaction: keep the moved date itself.
            store.byNumber(moved.reference()).ifPresent(c -> {
                store.setClock(c.number(), moved.newDue(),
                        clocks.status(CLOCK_OWNER, c.number()).map(s -> s.paused()).orElse(false));
                // The applicant reads the case's history; the move is written there, with both dates.
                step(c, clock.instant(), "系统", null, "due-moved",
                        "因国务院放假安排公布或调整，办理期限由 " + moved.previousDue() + " 调整为 " + moved.newDue(), null);
                // a sub-case still waiting for its prerequisite has no running limit to tell of
                if (c.state() != CaseState.WAITING) {
                    events.publishEvent(new NotificationRequested(
                            "case:" + c.number() + ":due-moved:" + moved.newDue(), MessageTemplate.CASE_DUE_MOVED,
                            Map.of("number", c.number(), "due", moved.newDue().toString()),
                            c.applicantLogin() != null ? "/my/cases/" + c.number() : "/cases/status",
                            new Recipient(c.applicantLogin(), c.applicantPhone(), null), c.acceptingUnit(),
                            c.number()));
                }
            });
        }
    }

    /** Cases filed before the list kept the clock on the case get it on the first start. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void fillMissingDueDates() {
        store.openWithoutDueDate().forEach(this::syncClock);
    }

    private void step(CaseRow c, Instant at, String actor, String unit, String action, String label, String note) {
        store.addStep(c.id(), new CaseStep(at, actor, unit, action, label, note));
    }

    private void publish(String action, CaseRow c, CaseState from, CaseState to, String unit) {
        events.publishEvent(new CaseChanged(action, c.number(), c.itemCode(), from, to, unit));
        MessageTemplate template = switch (action) {
            case "cases.case.submitted" -> from == CaseState.WAITING ? MessageTemplate.CASE_STARTED
                    : MessageTemplate.CASE_SUBMITTED;
            case "cases.case.entered", "cases.case.accepted" -> MessageTemplate.CASE_ACCEPTED;
            case "cases.case.noticed" -> MessageTemplate.CASE_NOTICED;
            case "cases.case.supplemented" -> MessageTemplate.CASE_SUPPLEMENTED;
            case "cases.case.refused" -> MessageTemplate.CASE_REFUSED;
            case "cases.case.approved" -> MessageTemplate.CASE_APPROVED;
            case "cases.case.rejected" -> MessageTemplate.CASE_REJECTED;
            case "cases.case.completed" -> MessageTemplate.CASE_COMPLETED;
            default -> null;
        };
        // A 一件事 is told once that it was submitted (BUNDLE_SUBMITTED), not once per sub-case; its sub-cases tell
        // of each department's own steps.
        boolean bundleOwnStep = c.bundleId() != null && (template == MessageTemplate.CASE_SUBMITTED
                || template == MessageTemplate.CASE_STARTED || (template == MessageTemplate.CASE_REFUSED
                        && c.state() == CaseState.WAITING));
        if (template != null && !QUIET.get() && !bundleOwnStep) {
            tell(c, template, action + ":" + c.version());
        }
    }

    /**
     * 秒批 takes accepted, approved and completed in one moment: the applicant is told the outcome once, not three
     * times (set only around those moves, on the request's own thread).
     */
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    /** Tells the applicant of a step through the outbox, in the step's transaction; the text is the template's. */
    private void tell(CaseRow c, MessageTemplate template, String step) {
        Map<String, String> params = new java.util.HashMap<>();
        params.put("number", c.number());
        params.put("item", c.itemName());
        clocks.status(CLOCK_OWNER, c.number()).ifPresent(s -> params.put("due", s.due().toString()));
        String path = c.applicantLogin() != null ? "/my/cases/" + c.number() : "/cases/status";
        events.publishEvent(new NotificationRequested("case:" + c.number() + ":" + step, template, params, path,
                new Recipient(c.applicantLogin(), c.applicantPhone(), null), c.acceptingUnit(), c.number()));
    }

    private String unitName(String code) {
        return code == null ? null : organization.unit(code).map(OrgUnit::name).orElse(code);
    }

    private String number(String prefix, Instant at) {
        return prefix + DAY.format(day(at)) + String.format("%06d", store.nextSerial() % 1_000_000);
    }

    static String queryCode() {
        StringBuilder s = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            s.append(CODE_CHARS.charAt(RANDOM.nextInt(CODE_CHARS.length())));
        }
        return s.toString();
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai"));
    }

    private static String idOf(ApplicantDetails who) {
        return IdentityNumbers.normalise(who.idNumber());
    }

    /** A firm's 统一社会信用代码 as stored (upper case, no spaces), or null for persons and firms without one. */
    private static String creditCodeOf(ApplicantDetails who) {
        String code = IdentityNumbers.normalise(who.creditCode());
        return "FIRM".equals(who.kind()) && !code.isEmpty() ? code : null;
    }

    /** Whom certificates are held by: a firm under its 统一社会信用代码, a person under the 身份证号. */
    private static String holderOf(ApplicantDetails who) {
        String code = creditCodeOf(who);
        return code != null ? code : idOf(who);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String joinNotes(String a, String b) {
        return a == null ? b : a + "；" + b;
    }

    private static CaseRow withId(CaseRow r, long id) {
        return new CaseRow(id, r.number(), r.queryCode(), r.itemCode(), r.itemName(), r.departmentCode(), r.channel(),
                r.applicantKind(), r.applicantName(), r.applicantId(), r.applicantPhone(), r.applicantLogin(),
                r.acceptingUnit(), r.responsibleLogin(), r.responsibleName(), r.responsibleUnit(), r.state(),
                r.resumeState(), r.promisedDays(), r.delivery(), r.trackingNumber(), r.reason(), r.bundleId(),
                r.submittedAt(), r.dispatchedAt(), r.closedAt(), r.version(), r.applicantCreditCode());
    }

    private static CaseRow with(CaseRow r, CaseState state, CaseState resume, String reason, Delivery delivery,
            String tracking, Instant dispatchedAt, Instant closedAt, String responsible, String responsibleName,
            String responsibleUnit) {
        Objects.requireNonNull(state);
        return new CaseRow(r.id(), r.number(), r.queryCode(), r.itemCode(), r.itemName(), r.departmentCode(),
                r.channel(), r.applicantKind(), r.applicantName(), r.applicantId(), r.applicantPhone(),
                r.applicantLogin(), r.acceptingUnit(), responsible, responsibleName, responsibleUnit, state, resume,
                r.promisedDays(), delivery, tracking, reason, r.bundleId(), r.submittedAt(), dispatchedAt, closedAt,
                r.version(), r.applicantCreditCode());
    }
}
