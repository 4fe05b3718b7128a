package org.doorstep.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.doorstep.disclosure.Disclosure;
import org.doorstep.organization.Organization;
import org.doorstep.organization.UnitScope;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.NotFoundException;
import org.doorstep.notifications.MessageTemplate;
import org.doorstep.notifications.NotificationRequested;
import org.doorstep.notifications.Recipient;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.Where;
import org.doorstep.requests.DisclosureRequest.Consultation;
import org.doorstep.requests.DisclosureRequest.Extension;
import org.doorstep.requests.DisclosureRequest.Fee;
import org.doorstep.requests.DisclosureRequest.Reply;
import org.doorstep.requests.DisclosureRequest.Supplement;
import org.doorstep.requests.internal.FeeProposalStore;
import org.doorstep.requests.internal.RequestStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The requests module's facade: 依申请公开 from application to reply (条例第四章), on a statutory clock kept by the
 * calendar module under ("requests", registration number). Every step takes the date it happened on, so paper work
 * entered later keeps its legal dates; no date may lie in the future. Staff methods check role and unit scope.
 */
@Service
public class DisclosureRequests {

    public static final String CLOCK_OWNER = "requests";
    /** 条例第三十三条: reply within 20 working days of receipt. */
    public static final int REPLY_WORKING_DAYS = 20;
    /** 条例第三十三条: one extension of at most 20 working days. */
    public static final int MAX_EXTENSION_DAYS = 20;
    /** 条例第三十条: the supplement notice goes out within 7 working days of receipt. */
    public static final int SUPPLEMENT_NOTICE_DAYS = 7;
    /** 条例第三十二条: a consulted third party has 15 working days; that time is not counted. */
    public static final int CONSULTATION_DAYS = 15;
    /** A request whose reply is due within this many working days shows as due soon. */
    public static final int DUE_SOON_DAYS = 5;
    /** How the applicant may want the information (条例第二十九条第二款第三项). */
    public static final List<String> DELIVERY = List.of("纸质文本（当面领取）", "纸质文本（邮寄）", "电子文档（电子邮件）",
            "电子文档（网上查看）");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final RequestStore store;
    private final StatutoryClocks clocks;
    private final WorkingCalendar calendar;
    private final Disclosure disclosure;
    private final Organization organization;
    private final PortalSubmissions submissions;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Permissions permissions;
    private final FeeProposalStore fees;

    DisclosureRequests(RequestStore store, StatutoryClocks clocks, WorkingCalendar calendar, Disclosure disclosure,
            Organization organization, PortalSubmissions submissions,
            TransactionTemplate tx, ApplicationEventPublisher events, Clock clock, Permissions permissions,
            FeeProposalStore fees) {
        this.fees = fees;
        this.permissions = permissions;
        this.submissions = submissions;
        this.tx = tx;
        this.store = store;
        this.clocks = clocks;
        this.calendar = calendar;
        this.disclosure = disclosure;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** The governments an application can be addressed to: the county and each township (街道). */
    public Map<String, String> governments() {
        return disclosure.governmentNames();
    }

    public String governmentName(String divisionCode) {
        return governments().getOrDefault(divisionCode, divisionCode);
    }

    // ================================================================ applying

    /**
     * An application from the portal, by anyone (条例第二十七条: no sign-in is needed); a signed-in citizen's login is
     * kept so it appears under 我的申请. It counts as received once the office confirms it (条例第三十一条第三项). A
     * mobile number is taken only once proven (the account's own, or an SMS code), within the portal's limits; an
     * applicant without a mobile gives an e-mail or postal address and is sent no SMS.
     */
    public DisclosureRequest apply(Application application, PortalSubmitter who) {
        validate(application).throwIfAny();
        // before the transaction: the limits and the code are settled in transactions of their own
        submissions.admit("requests", application.mobile(), application.email(), who);
        return tx.execute(status -> {
            DisclosureRequest r = create(application, Channel.ONLINE, null, who.accountLogin(), null);
            store.setQueryCode(r.number(), org.doorstep.platform.QueryCodes.next());
            tell(r, today(), MessageTemplate.REQUEST_SUBMITTED, "申请已提交", "您的政府信息公开申请已提交，登记号 " + r.number()
                    + "。工作人员确认收到后开始计算答复期限。");
            return r;
        });
    }

    /** An application handed in, posted, faxed or told to the office, entered by an officer with its date of receipt. */
    @Transactional
    public DisclosureRequest register(Application application, Channel channel, LocalDate receivedOn,
            StaffIdentity me) {
        FieldErrors errors = validate(application);
        if (channel == null || channel == Channel.ONLINE) {
            errors.reject("channel", "请选择申请方式（当面、口头、信函或传真）");
        }
        if (receivedOn == null) {
            errors.reject("receivedOn", "请填写收到申请的日期");
        } else if (receivedOn.isAfter(today())) {
            errors.reject("receivedOn", "收到申请的日期不能晚于今天");
        }
        errors.throwIfAny();
        requireOfficer(application.divisionCode().strip(), me);
        DisclosureRequest r = create(application, channel, receivedOn, null, me.username());
        return receive(r, receivedOn, "申请已登记");
    }

    /** 条例第三十一条第三项: an online application is received on the day the office confirms it. */
    @Transactional
    public DisclosureRequest confirmReceipt(String number, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        requireState(r, RequestState.SUBMITTED);
        requirePastDate(on, "收到日期");
        return receive(r, on, "申请已受理");
    }

    private DisclosureRequest create(Application a, Channel channel, LocalDate receivedOn, String accountLogin,
            String enteredBy) {
        validate(a).throwIfAny();
        ApplicantType type = ApplicantType.valueOf(a.applicantType());
        String identity = IdentityNumbers.normalise(type.organisation() ? a.creditCode() : a.idNumber());
        LocalDate submitted = receivedOn != null ? receivedOn : today();
        DisclosureRequest r = new DisclosureRequest(0, store.nextNumber(submitted.getYear()), a.divisionCode().strip(),
                type, a.name().strip(), identity, type.organisation() ? a.contactName().strip() : null,
                blankToNull(IdentityNumbers.normalise(a.mobile())), blankToNull(a.email()), blankToNull(a.address()),
                a.description().strip(), a.delivery(), channel, clock.instant(), null, accountLogin, enteredBy,
                RequestState.SUBMITTED, null, null, null, null, null, 0);
        long id = store.insert(r);
        r = store.byNumber(r.number()).orElseThrow();
        events.publishEvent(new RequestChanged("requests.submitted", r.number(), null, Map.of("channel",
                channel.name(), "applicantType", type.name(), "division", r.divisionCode(), "id", id)));
        return r;
    }

    /** Every problem of an application at once; nothing is stored while any remain. */
    FieldErrors validate(Application a) {
        FieldErrors errors = new FieldErrors();
        ApplicantType type = null;
        try {
            type = a.applicantType() == null ? null : ApplicantType.valueOf(a.applicantType());
        } catch (IllegalArgumentException e) {
            type = null;
        }
        errors.rejectIf(type == null, "applicantType", "请选择申请人类型");
        boolean organisation = type != null && type.organisation();
        errors.rejectIf(blank(a.name()) || a.name().strip().length() > 100, "name",
                organisation ? "请填写单位名称（不超过 100 字）" : "请填写姓名（不超过 100 字）");
        if (type != null && !organisation) {
            errors.rejectIf(!IdentityNumbers.isValidResidentId(a.idNumber()), "idNumber",
                    "身份证号不正确（应为 18 位，请核对出生日期和最后一位校验码）");
        }
        if (organisation) {
            errors.rejectIf(!IdentityNumbers.isValidCreditCode(a.creditCode()), "creditCode",
                    "统一社会信用代码不正确（应为 18 位，请核对校验位）");
            errors.rejectIf(blank(a.contactName()) || a.contactName().strip().length() > 60, "contactName",
                    "请填写经办人姓名（不超过 60 字）");
        }
        // 条例第二十九条 asks for a way to reach the applicant, not a phone: without one, an e-mail or an address will do
        errors.rejectIf(blank(a.mobile()) && blank(a.email()) && blank(a.address()), "mobile",
                "请填写手机号；没有手机的，请填写电子邮箱或通信地址");
        errors.rejectIf(!blank(a.mobile()) && !IdentityNumbers.isValidMobile(a.mobile()), "mobile",
                "手机号应为 11 位中国大陆手机号");
        errors.rejectIf(!blank(a.email()) && (a.email().strip().length() > 100
                || !EMAIL.matcher(a.email().strip()).matches()), "email", "电子邮箱格式不正确");
        errors.rejectIf(!blank(a.address()) && a.address().strip().length() > 200, "address", "通信地址不超过 200 字");
        errors.rejectIf(blank(a.divisionCode()) || !governments().containsKey(a.divisionCode().strip()),
                "divisionCode", "请选择受理机关");
        errors.rejectIf(blank(a.description()) || a.description().strip().length() < 5
                || a.description().strip().length() > 2000, "description",
                "请描述所需政府信息（名称、文号或便于查询的其他特征），5 到 2000 字");
        errors.rejectIf(a.delivery() == null || !DELIVERY.contains(a.delivery()), "delivery", "请选择获取信息的方式");
        errors.rejectIf("电子文档（电子邮件）".equals(a.delivery()) && blank(a.email()) && !errors.has("email"), "email",
                "选择以电子邮件获取时，请填写电子邮箱");
        return errors;
    }

    /** Starts the reply clock and, past the month's free quota, proposes a fee by item (国办函〔2020〕109号). */
    private DisclosureRequest receive(DisclosureRequest r, LocalDate on, String title) {
        DisclosureRequest received = with(r, on, RequestState.PROCESSING, r.supplement(), r.consultation(),
                r.extension(), r.fee(), r.reply());
        store.save(received);
        clocks.start(CLOCK_OWNER, r.number(), on, REPLY_WORKING_DAYS);
        keepDue(r.number());
        events.publishEvent(new RequestChanged("requests.received", r.number(), r.state().name(),
                Map.of("receivedOn", on.toString(), "channel", r.channel().name())));
        received = reload(r);
        tell(received, on, title.equals("申请已登记") ? MessageTemplate.REQUEST_REGISTERED : MessageTemplate.REQUEST_RECEIVED, title, "您的政府信息公开申请（登记号 " + r.number() + "）已于 " + on + " 收到，我们将在 "
                + dueOf(received) + " 前答复。" + calendar.provisionalNote(dueOf(received)));
        YearMonth month = YearMonth.from(on);
        int nth = store.countReceived(received.identityNumber(), month.atDay(1), month.atEndOfMonth());
        int amount = FeeSchedule.byItem(nth);
        if (amount > 0) {
            received = proposeFee(received, amount, "本月第 " + nth + " 件申请，超出每月 " + FeeSchedule.FREE_ITEMS_PER_MONTH
                    + " 件免费额度，按件计收 " + amount + " 元/件（国办函〔2020〕109号）", on);
        }
        return received;
    }

    // ================================================================ supplement (条例第三十条)

    @Transactional
    public DisclosureRequest noticeSupplement(String number, String items, int workingDays, LocalDate on,
            StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        requireState(r, RequestState.PROCESSING);
        if (r.supplement() != null) {
            throw new ConflictException("补正通知只能发出一次（条例第三十条：一次性告知）");
        }
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(blank(items) || items.strip().length() > 2000, "items", "请一次性写明需要补正的全部事项（不超过 2000 字）");
        errors.rejectIf(workingDays < 1 || workingDays > 60, "workingDays", "补正期限应为 1 到 60 个工作日");
        dateRule(errors, "on", on, r.receivedOn(), "发出补正通知的日期");
        LocalDate latest = r.receivedOn() == null ? null
                : calendar.due(r.receivedOn(), SUPPLEMENT_NOTICE_DAYS).due();
        errors.rejectIf(on != null && latest != null && on.isAfter(latest), "on",
                "补正通知应在收到申请之日起 7 个工作日内发出（最迟 " + latest + "）");
        errors.throwIfAny();
        LocalDate due = calendar.due(on, workingDays).due();
        Supplement s = new Supplement(items.strip(), on, due, null, null);
        clocks.pause(CLOCK_OWNER, number, on, "补正");
        r = save(r, RequestState.AWAITING_SUPPLEMENT, s, r.consultation(), r.extension(), r.fee(), r.reply(),
                "requests.supplement-noticed", Map.of("on", on.toString(), "due", due.toString()));
        tell(r, on, MessageTemplate.REQUEST_SUPPLEMENT_NOTICE, "补正通知", "您的申请（登记号 " + number + "）需要补正：" + items.strip() + "。请在 " + due
                + " 前补正；答复期限自收到补正之日起重新计算。逾期无正当理由不补正的，视为放弃申请。"
                + calendar.provisionalNote(due));
        return r;
    }

    /** The applicant sends the supplement from the portal; it counts once the office confirms it. */
    @Transactional
    public DisclosureRequest supplementByApplicant(String number, String text, String login) {
        DisclosureRequest r = myRequest(number, login);
        requireState(r, RequestState.AWAITING_SUPPLEMENT);
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(blank(text) || text.strip().length() > 2000, "text", "请填写补正内容（不超过 2000 字）");
        errors.rejectIf(r.supplement().text() != null, "text", "补正内容已提交，请等待工作人员确认");
        errors.throwIfAny();
        Supplement s = r.supplement();
        r = save(r, r.state(), new Supplement(s.items(), s.noticeOn(), s.due(), text.strip(), null), r.consultation(),
                r.extension(), r.fee(), r.reply(), "requests.supplement-sent", Map.of("by", "applicant"));
        tell(r, today(), MessageTemplate.REQUEST_SUPPLEMENT_SENT, "补正已提交", "您的补正内容已提交，工作人员确认收到后重新计算答复期限。");
        return r;
    }

    /** The supplement reached the office (online, confirmed; or on paper, with its text): the reply period restarts. */
    @Transactional
    public DisclosureRequest receiveSupplement(String number, String paperText, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        requireState(r, RequestState.AWAITING_SUPPLEMENT);
        Supplement s = r.supplement();
        FieldErrors errors = new FieldErrors();
        dateRule(errors, "on", on, s.noticeOn(), "收到补正的日期");
        String text = s.text() != null ? s.text() : blankToNull(paperText);
        errors.rejectIf(text == null, "text", "申请人尚未在网上补正，请录入收到的补正内容");
        errors.throwIfAny();
        clocks.restart(CLOCK_OWNER, number, on);
        r = save(r, RequestState.PROCESSING, new Supplement(s.items(), s.noticeOn(), s.due(), text.strip(), on),
                r.consultation(), r.extension(), r.fee(), r.reply(), "requests.supplement-received",
                Map.of("on", on.toString()));
        tell(r, on, MessageTemplate.REQUEST_SUPPLEMENT_RECEIVED, "补正已收到", "已于 " + on + " 收到您的补正，答复期限重新计算，我们将在 " + dueOf(r) + " 前答复。" + calendar.provisionalNote(dueOf(r)));
        return r;
    }

    /** No supplement by the given date: the application is treated as withdrawn (视为放弃申请). */
    @Transactional
    public DisclosureRequest lapseSupplement(String number, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = me == null ? require(number) : handled(number, me);
        requireState(r, RequestState.AWAITING_SUPPLEMENT);
        return lapse(r, r.supplement().due(), "补正期限", Outcome.OTHER_NO_SUPPLEMENT,
                "申请人无正当理由逾期未补正，视为放弃申请（条例第三十条）。", on, me);
    }

    /** A period the applicant let pass closes the request with an 其他处理 outcome, once the period is over. */
    private DisclosureRequest lapse(DisclosureRequest r, LocalDate due, String period, Outcome outcome, String text,
            LocalDate on, StaffIdentity me) {
        requirePastDate(on, "办理日期");
        if (!on.isAfter(due)) {
            throw new ConflictException(period + "（" + due + "）尚未届满");
        }
        return close(r, outcome, on, text, null, null, me == null ? "system" : me.username());
    }

    // ================================================================ consultation (条例第三十二条、第三十四条)

    @Transactional
    public DisclosureRequest startConsultation(String number, String party, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        requireState(r, RequestState.PROCESSING);
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(blank(party) || party.strip().length() > 200, "party", "请填写征求意见的第三方或机关（不超过 200 字）");
        dateRule(errors, "on", on, lastDate(r), "征求意见日期");
        errors.throwIfAny();
        // 条例第三十二条: the third party has 15 working days; no more are left uncounted, answered or not.
        clocks.pause(CLOCK_OWNER, number, on, "征求意见", CONSULTATION_DAYS);
        r = save(r, RequestState.CONSULTING, r.supplement(), new Consultation(party.strip(), on, null), r.extension(),
                r.fee(), r.reply(), "requests.consultation-started", Map.of("on", on.toString()));
        tell(r, on, MessageTemplate.REQUEST_CONSULTATION, "征求意见", "您申请的信息涉及第三方或其他机关，已于 " + on + " 书面征求意见，征求意见期间不计入答复期限。");
        return r;
    }

    @Transactional
    public DisclosureRequest endConsultation(String number, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        requireState(r, RequestState.CONSULTING);
        Consultation c = r.consultation();
        FieldErrors errors = new FieldErrors();
        dateRule(errors, "on", on, c.from(), "收到意见的日期");
        errors.throwIfAny();
        // Ended after the 15 working days (the third party answered late, or not at all and the office decides): the
        // clock has been counting since the 15th day; the pause's cap keeps the days after it counted.
        LocalDate latest = calendar.due(c.from(), CONSULTATION_DAYS).due();
        clocks.resume(CLOCK_OWNER, number, on);
        r = save(r, RequestState.PROCESSING, r.supplement(), new Consultation(c.party(), c.from(), on), r.extension(),
                r.fee(), r.reply(), "requests.consultation-ended", Map.of("on", on.toString()));
        tell(r, on, MessageTemplate.REQUEST_CONSULTATION_ENDED, "征求意见结束", on.isAfter(latest)
                ? "征求意见期限已于 " + latest + " 届满，自次日起恢复计算答复期限，我们将在 " + dueOf(r) + " 前答复。" + calendar.provisionalNote(dueOf(r))
                : "征求意见已于 " + on + " 结束，答复期限恢复计算，我们将在 " + dueOf(r) + " 前答复。" + calendar.provisionalNote(dueOf(r)));
        return r;
    }

    // ================================================================ extension (条例第三十三条第二款)

    @Transactional
    public DisclosureRequest extend(String number, int days, String approver, String reason, LocalDate on,
            StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        if (r.state() != RequestState.PROCESSING && r.state() != RequestState.CONSULTING) {
            throw new ConflictException("当前状态（" + r.state().label() + "）不能延长答复期限");
        }
        if (r.extension() != null) {
            throw new ConflictException("答复期限只能延长一次（条例第三十三条）");
        }
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(days < 1 || days > MAX_EXTENSION_DAYS, "days", "延长期限最长不超过 20 个工作日");
        errors.rejectIf(blank(approver) || approver.strip().length() > 60, "approver", "请填写批准延期的政府信息公开工作机构负责人");
        errors.rejectIf(blank(reason) || reason.strip().length() > 500, "reason", "请填写延期理由（不超过 500 字）");
        dateRule(errors, "on", on, lastDate(r), "批准日期");
        errors.throwIfAny();
        clocks.extend(CLOCK_OWNER, number, days);
        r = save(r, r.state(), r.supplement(), r.consultation(), new Extension(days, approver.strip(), on,
                reason.strip()), r.fee(), r.reply(), "requests.extended",
                Map.of("days", days, "approver", approver.strip(), "on", on.toString()));
        tell(r, on, MessageTemplate.REQUEST_EXTENDED, "延期答复告知", "因" + reason.strip() + "，经政府信息公开工作机构负责人同意，答复期限延长 " + days
                + " 个工作日，我们将在 " + dueOf(r) + " 前答复。" + calendar.provisionalNote(dueOf(r)));
        return r;
    }

    // ================================================================ fees (条例第四十二条、国办函〔2020〕109号)

    /** A fee proposal by volume for a large item (pages beyond the free 30); the office then decides. */
    @Transactional
    public DisclosureRequest feeByVolume(String number, int pages, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        requireState(r, RequestState.PROCESSING);
        if (r.fee() != null || fees.ofRequest(r.id()).isPresent()) {
            throw new ConflictException("该申请已有收费建议或收费通知，不能再次计算收费");
        }
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(pages <= FeeSchedule.FREE_PAGES || pages > 100_000, "pages",
                "按量收费只适用于超过 30 页的信息，请填写 31 页以上的页数");
        dateRule(errors, "on", on, lastDate(r), "收费通知日期");
        errors.throwIfAny();
        int amount = FeeSchedule.byVolume(pages);
        return proposeFee(r, amount, "共 " + pages + " 页，按量计收 " + amount + " 元（国办函〔2020〕109号）", on);
    }

    /**
     * 条例第四十二条 "可以收取": past a threshold the platform only proposes; nothing reaches the applicant until the
     * office decides ({@link FeeDecisions}). The reply clock keeps running meanwhile: only the time from the fee
     * notice to payment is not counted.
     */
    private DisclosureRequest proposeFee(DisclosureRequest r, int amount, String basis, LocalDate on) {
        fees.propose(r.id(), amount, basis, on);
        events.publishEvent(new RequestChanged("requests.fee-proposed", r.number(), null,
                Map.of("amount", amount, "basis", basis, "on", on.toString())));
        return r;
    }

    /** The fee notice, once the office decided to charge: the applicant is told, and the clock pauses. */
    DisclosureRequest issueFee(DisclosureRequest r, int amount, String basis, LocalDate on) {
        LocalDate due = calendar.due(on, FeeSchedule.PAYMENT_WORKING_DAYS).due();
        clocks.pause(CLOCK_OWNER, r.number(), on, "收费");
        r = save(r, RequestState.AWAITING_FEE, r.supplement(), r.consultation(), r.extension(),
                new Fee(amount, basis, on, due, null), r.reply(), "requests.fee-noticed",
                Map.of("amount", amount, "due", due.toString()));
        tell(r, on, MessageTemplate.REQUEST_FEE, "收费通知", "您的申请（登记号 " + r.number() + "）需缴纳信息处理费 " + amount + " 元：" + basis + "。请在 "
                + due + " 前缴纳；逾期未缴纳的，不再处理该申请。缴费期间不计入答复期限。");
        return r;
    }

    @Transactional
    public DisclosureRequest feePaid(String number, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        requireState(r, RequestState.AWAITING_FEE);
        Fee f = r.fee();
        FieldErrors errors = new FieldErrors();
        dateRule(errors, "on", on, f.noticeOn(), "缴费日期");
        errors.throwIfAny();
        clocks.resume(CLOCK_OWNER, number, on);
        r = save(r, RequestState.PROCESSING, r.supplement(), r.consultation(), r.extension(),
                new Fee(f.amount(), f.basis(), f.noticeOn(), f.due(), on), r.reply(), "requests.fee-paid",
                Map.of("on", on.toString()));
        tell(r, on, MessageTemplate.REQUEST_FEE_PAID, "费用已缴纳", "已收到您缴纳的信息处理费 " + f.amount() + " 元，我们将在 " + dueOf(r) + " 前答复。" + calendar.provisionalNote(dueOf(r)));
        return r;
    }

    /** Unpaid past the payment period: processing stops (local rule of 国办函〔2020〕109号). */
    @Transactional
    public DisclosureRequest lapseFee(String number, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = me == null ? require(number) : handled(number, me);
        requireState(r, RequestState.AWAITING_FEE);
        return lapse(r, r.fee().due(), "缴费期限", Outcome.OTHER_FEE_UNPAID,
                "申请人逾期未按收费通知要求缴纳费用，本机关不再处理该申请。", on, me);
    }

    // ================================================================ reply (条例第三十三条、第三十六条至第三十九条)

    @Transactional
    public DisclosureRequest reply(String number, Outcome outcome, String text, String withheld,
            String withheldReason, LocalDate on, StaffIdentity me) {
        return reply(number, outcome, text, withheld, withheldReason, null, on, me);
    }

    /**
     * A reply; for 36(5) ({@link Outcome#namesCompetentAgency()}) {@code competent} is required: the responsible
     * agency's name and contact, or {@link CompetentAgency#UNDETERMINED} when it cannot be determined.
     */
    @Transactional
    public DisclosureRequest reply(String number, Outcome outcome, String text, String withheld,
            String withheldReason, CompetentAgency competent, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        requireState(r, RequestState.PROCESSING);
        if (fees.ofRequest(r.id()).filter(FeeProposal::pending).isPresent()) {
            throw new ConflictException("该申请有待决定的收费建议：请先由政府信息公开工作机构决定收取或免收信息处理费，再作答复");
        }
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(outcome == null || !outcome.chosenInReply(), "outcome", "请选择一种办理结果");
        errors.rejectIf(blank(text) || text.strip().length() > 5000, "text", "请填写答复内容（不超过 5000 字）");
        if (outcome == Outcome.PARTLY_DISCLOSED) {
            errors.rejectIf(blank(withheld) || withheld.strip().length() > 2000, "withheld", "部分公开须写明不予公开的部分");
            errors.rejectIf(blank(withheldReason) || withheldReason.strip().length() > 2000, "withheldReason",
                    "部分公开须写明不予公开的理由和依据");
        }
        CompetentAgency agency = null;
        if (outcome != null && outcome.namesCompetentAgency()) {
            // Art. 36(5): "能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式".
            if (competent == null) {
                errors.reject("competentAgency", "请填写负责公开该信息的行政机关及其联系方式；无法确定的，请勾选“无法确定负责公开的行政机关”");
            } else if (!competent.equals(CompetentAgency.UNDETERMINED)) {
                errors.rejectIf(blank(competent.name()) || competent.name().strip().length() > 100, "competentAgency",
                        "请填写负责公开该信息的行政机关名称（不超过 100 字）");
                errors.rejectIf(blank(competent.contact()) || competent.contact().strip().length() > 200,
                        "competentContact", "请填写该行政机关的联系方式（电话、地址等，不超过 200 字）");
                if (!blank(competent.name()) && !blank(competent.contact())) {
                    agency = new CompetentAgency(competent.name().strip(), competent.contact().strip());
                }
            } else {
                agency = CompetentAgency.UNDETERMINED;
            }
        }
        dateRule(errors, "on", on, lastDate(r), "答复日期");
        errors.throwIfAny();
        boolean partly = outcome == Outcome.PARTLY_DISCLOSED;
        return close(r, outcome, on, text.strip(), partly ? withheld.strip() : null,
                partly ? withheldReason.strip() : null, agency, me.username());
    }

    private DisclosureRequest close(DisclosureRequest r, Outcome outcome, LocalDate on, String text, String withheld,
            String withheldReason, String by) {
        return close(r, outcome, on, text, withheld, withheldReason, null, by);
    }

    private DisclosureRequest close(DisclosureRequest r, Outcome outcome, LocalDate on, String text, String withheld,
            String withheldReason, CompetentAgency competent, String by) {
        clocks.stop(CLOCK_OWNER, r.number(), on);
        r = save(r, RequestState.CLOSED, r.supplement(), r.consultation(), r.extension(), r.fee(),
                new Reply(outcome, on, text, withheld, withheldReason, by, competent), "requests.replied",
                Map.of("outcome", outcome.name(), "on", on.toString()));
        boolean lapsed = outcome == Outcome.OTHER_NO_SUPPLEMENT || outcome == Outcome.OTHER_FEE_UNPAID;
        tell(r, on, lapsed ? MessageTemplate.REQUEST_LAPSED : MessageTemplate.REQUEST_REPLIED, "答复",
                "您的申请（登记号 " + r.number() + "）已办结：" + outcome.label()
                + "。请在“我的申请”查看政府信息公开申请答复告知书。");
        return r;
    }

    // ================================================================ remedies (table 四)

    @Transactional
    public Remedy recordRemedy(String number, RemedyKind kind, RemedyResult result, LocalDate filedOn,
            LocalDate decidedOn, String note, StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        FieldErrors errors = remedyRules(r, kind, result, filedOn, decidedOn, note);
        errors.throwIfAny();
        long id = store.addRemedy(r.id(), kind, result, filedOn, decidedOn, blankToNull(note), me.username());
        events.publishEvent(new RequestChanged("requests.remedy-recorded", r.number(), null,
                Map.of("kind", kind.name(), "result", result.name(), "filedOn", filedOn.toString())));
        return store.remedies(r.id()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void updateRemedy(String number, long remedyId, RemedyResult result, LocalDate decidedOn, String note,
            StaffIdentity me) {
        DisclosureRequest r = handled(number, me);
        Remedy before = store.remedies(r.id()).stream().filter(x -> x.id() == remedyId).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这条复议或诉讼记录"));
        remedyRules(r, before.kind(), result, before.filedOn(), decidedOn, note).throwIfAny();
        store.updateRemedy(r.id(), remedyId, result, decidedOn, blankToNull(note), me.username());
        events.publishEvent(new RequestChanged("requests.remedy-updated", r.number(), before.result().name(),
                Map.of("result", result.name())));
    }

    private FieldErrors remedyRules(DisclosureRequest r, RemedyKind kind, RemedyResult result, LocalDate filedOn,
            LocalDate decidedOn, String note) {
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(r.reply() == null, "kind", "申请办结后才能登记复议或诉讼");
        errors.rejectIf(kind == null, "kind", "请选择复议或诉讼类型");
        errors.rejectIf(result == null, "result", "请选择结果");
        dateRule(errors, "filedOn", filedOn, r.reply() == null ? null : r.reply().on(), "申请复议或起诉的日期");
        errors.rejectIf(result != null && result != RemedyResult.PENDING && decidedOn == null, "decidedOn",
                "已审结的，请填写审结日期");
        errors.rejectIf(result == RemedyResult.PENDING && decidedOn != null, "decidedOn", "尚未审结的，不填写审结日期");
        if (decidedOn != null && filedOn != null) {
            dateRule(errors, "decidedOn", decidedOn, filedOn, "审结日期");
        }
        errors.rejectIf(note != null && note.strip().length() > 500, "note", "备注不超过 500 字");
        // 复议后起诉 sues over a 复议 (行政诉讼法第四十五条): the 复议 is recorded first, so table 四 counts it too.
        if (kind == RemedyKind.LITIGATION_AFTER_RECONSIDERATION && filedOn != null) {
            boolean reconsidered = store.remedies(r.id()).stream().anyMatch(x -> x.kind() == RemedyKind.RECONSIDERATION
                    && !x.filedOn().isAfter(filedOn));
            errors.rejectIf(!reconsidered, "kind", "复议后起诉的，请先登记此前的行政复议");
        }
        return errors;
    }

    // ================================================================ reading

    public DisclosureRequest staffRequest(String number, StaffIdentity me) {
        requireRole(me, Permission.REQUEST_VIEW);
        DisclosureRequest r = require(number);
        requireWithin(r.divisionCode(), me, Permission.REQUEST_VIEW);
        return r;
    }

    /** Whether the person takes the steps of requests (the disclosure office), not only reads them. */
    public boolean mayHandle(StaffIdentity me) {
        return permissions.may(me, Permission.REQUEST_HANDLE);
    }

    /** A request the officer is about to take a step on. */
    private DisclosureRequest handled(String number, StaffIdentity me) {
        DisclosureRequest r = require(number);
        requireOfficer(r.divisionCode(), me);
        return r;
    }

    /** A citizen's own request; someone else's answers as not found, so numbers cannot be probed. */
    public DisclosureRequest myRequest(String number, String login) {
        return store.byNumber(number).filter(r -> login != null && login.equals(r.accountLogin()))
                .orElseThrow(() -> new NotFoundException("没有这个申请"));
    }

    public List<DisclosureRequest> mine(String login) {
        return store.byAccount(login);
    }

    public List<RequestNotice> notices(DisclosureRequest r) {
        return store.notices(r.id());
    }

    public List<Remedy> remedies(DisclosureRequest r) {
        return store.remedies(r.id());
    }

    /** Where the reply clock stands, or empty before receipt. */
    public Optional<ClockStatus> clockStatus(DisclosureRequest r) {
        return clocks.status(CLOCK_OWNER, r.number());
    }

    /** The reply due date as the clock stands (projected while paused), or null before receipt. */
    public LocalDate dueOf(DisclosureRequest r) {
        return clockStatus(r).map(ClockStatus::due).orElse(null);
    }

    /** A request with where its clock stands, for the officers' lists. */
    public record Tracked(DisclosureRequest request, ClockStatus clock) {
        public boolean overdue() {
            return clock != null && clock.overdue() && request.open();
        }

        public boolean dueSoon() {
            return clock != null && request.open() && !clock.overdue() && !clock.paused()
                    && clock.remainingDays() <= DUE_SOON_DAYS;
        }
    }

    /** The console's views of the requests. */
    public enum View {
        /** Not yet concluded, the most urgent first (unconfirmed online applications, which have no clock, last). */
        OPEN(OPEN_CONDITION, "reply_due NULLS LAST, submitted_at DESC, id DESC"),
        /** Counting and due within DUE_SOON_DAYS working days. */
        DUE_SOON(OPEN_CONDITION + " AND NOT reply_paused AND reply_due >= :today AND reply_due <= :soon",
                "reply_due, id"),
        /** Counting and past the due date (a paused clock is never overdue). */
        OVERDUE(OPEN_CONDITION + " AND NOT reply_paused AND reply_due < :today", "reply_due, id"),
        /** Every request, the newest first. */
        ALL(null, "submitted_at DESC, id DESC");

        final String condition;
        final String orderBy;

        View(String condition, String orderBy) {
            this.condition = condition;
            this.orderBy = orderBy;
        }
    }

    /** Written out (a constant, not input), so the planner matches the partial index requests_request_open. */
    private static final String OPEN_CONDITION = "state <> 'CLOSED'";

    /**
     * One page of the requests addressed to governments within the officer's unit, in one view; each open one with
     * where its clock stands, the clocks of the page read together.
     */
    public ListPage<Tracked> requests(StaffIdentity me, View view, int page) {
        return requests(me, view, page, ListPage.SIZE);
    }

    /** The same with a smaller page, for the console landing's most urgent few. */
    public ListPage<Tracked> requests(StaffIdentity me, View view, int page, int size) {
        requireRole(me, Permission.REQUEST_VIEW);
        Where w = where(me, view);
        ListPage<DisclosureRequest> rows = store.page(w.sql(), w.params(), view.orderBy, page,
                Math.max(1, Math.min(size, ListPage.SIZE)));
        Map<String, ClockStatus> status = clocks.statuses(CLOCK_OWNER,
                rows.items().stream().filter(DisclosureRequest::open).map(DisclosureRequest::number).toList());
        return rows.map(r -> new Tracked(r, r.open() ? status.get(r.number()) : null));
    }

    /** How many requests a view holds for the officer, counted up to {@link ListPage#COUNT_CAP}. */
    public long count(StaffIdentity me, View view) {
        requireRole(me, Permission.REQUEST_VIEW);
        Where w = where(me, view);
        return store.countUpTo(w.sql(), w.params(), ListPage.COUNT_CAP);
    }

    private Where where(StaffIdentity me, View view) {
        Where w = new Where();
        UnitScope scope = organization.scope(me.unitCode());
        if (!scope.everything()) {
            // a request's division lies within a division scope's divisions, or is the scope itself (isWithin)
            w.and("division_code = any(:scope)", "scope",
                    scope.divisions().isEmpty() ? scope.unitArray() : scope.divisionArray());
        }
        if (view.condition != null) {
            w.and(view.condition);
            if (view != View.OPEN) {
                w.params().put("today", today());
            }
            if (view == View.DUE_SOON) {
                w.params().put("soon", calendar.due(today(), DUE_SOON_DAYS).due());
            }
        }
        return w;
    }

    /** Stores the reply due date as the clock now stands, so lists can filter and sort on it in SQL. */
    private void keepDue(String number) {
        clocks.status(CLOCK_OWNER, number).ifPresent(c -> store.setDue(number, c.due(), c.paused()));
    }

    /**
     * A calendar change moved a reply clock's date. Heard in the calendar change's own transaction, so the stored
     * date never disagrees with the clock: both move, or neither.
     */
    @EventListener
    public void on(ClockDueDateChanged change) {
        if (CLOCK_OWNER.equals(change.owner())) {
            store.moveDue(change.reference(), change.newDue());
            store.byNumber(change.reference()).ifPresent(r -> tell(r, today(), MessageTemplate.REQUEST_DUE_MOVED, "答复期限调整",
                    "因国务院放假安排公布或调整，您的申请（登记号 " + r.number() + "）的答复期限由 "
                            + change.previousDue() + " 调整为 " + change.newDue() + "，我们将在 " + change.newDue()
                            + " 前答复。", change.newDue()));
        }
    }

    /** Fills the stored due dates of requests received before they were kept (once, on the first start after). */
    @Transactional
    public int fillMissingDueDates() {
        List<String> numbers = store.missingDue();
        Map<String, ClockStatus> status = clocks.statuses(CLOCK_OWNER, numbers);
        status.forEach((number, c) -> store.setDue(number, c.due(), c.paused()));
        return status.size();
    }

    /**
     * The figures of tables 三 and 四 for one government and year, from the stored facts: a request counts in the year
     * it was received, is carried in if received earlier and not concluded before the year, is concluded in the year
     * of its reply, and is carried out if still open at the year end.
     */
    public YearFigures yearFigures(String divisionCode, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<ApplicantType, Integer> received = YearFigures.zeroes();
        Map<ApplicantType, Integer> carriedIn = YearFigures.zeroes();
        Map<ApplicantType, Integer> carriedOut = YearFigures.zeroes();
        Map<Outcome, Map<ApplicantType, Integer>> concluded = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            if (o.row() == o) {
                concluded.put(o, YearFigures.zeroes());
            }
        }
        Map<RemedyKind, Map<RemedyResult, Integer>> remedies = new EnumMap<>(RemedyKind.class);
        for (RemedyKind k : RemedyKind.values()) {
            Map<RemedyResult, Integer> m = new EnumMap<>(RemedyResult.class);
            for (RemedyResult x : RemedyResult.values()) {
                m.put(x, 0);
            }
            remedies.put(k, m);
        }
        // Grouped in the database: the report never loads the requests themselves.
        for (RequestStore.YearGroup g : store.yearGroups(divisionCode, first, last)) {
            (g.carriedIn() ? carriedIn : received).merge(g.type(), g.count(), Integer::sum);
            if (g.concluded() != null) {
                concluded.get(g.concluded().row()).merge(g.type(), g.count(), Integer::sum);
            } else {
                carriedOut.merge(g.type(), g.count(), Integer::sum);
            }
        }
        store.remedyCounts(divisionCode, first, last).forEach((kind, results) -> results
                .forEach((result, n) -> remedies.get(kind).merge(result, n, Integer::sum)));
        return new YearFigures(divisionCode, year, received, carriedIn, concluded, carriedOut, remedies);
    }

    /** 信息处理费 paid in a calendar year to one government, in yuan (reported in section 六 of the annual report). */
    public long feesCollected(String divisionCode, int year) {
        return store.feesPaid(divisionCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Applications whose supplement or payment period has passed, for the nightly lapse. */
    @Transactional
    public int lapseExpired(LocalDate today) {
        int n = 0;
        for (DisclosureRequest r : store.inState(RequestState.AWAITING_SUPPLEMENT)) {
            if (r.supplement().text() == null && today.isAfter(r.supplement().due())) {
                lapseSupplement(r.number(), today, null);
                n++;
            }
        }
        for (DisclosureRequest r : store.inState(RequestState.AWAITING_FEE)) {
            if (today.isAfter(r.fee().due())) {
                lapseFee(r.number(), today, null);
                n++;
            }
        }
        // A consultation's pause runs out after 15 working days without any step: the stored due date and pause
        // flag that the lists filter on follow the clock each night.
        List<String> consulting = store.inState(RequestState.CONSULTING).stream().map(DisclosureRequest::number)
                .toList();
        clocks.statuses(CLOCK_OWNER, consulting).forEach((number, c) -> store.setDue(number, c.due(), c.paused()));
        return n;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ================================================================ helpers

    private DisclosureRequest require(String number) {
        return store.byNumber(number == null ? "" : number.strip())
                .orElseThrow(() -> new NotFoundException("没有这个申请"));
    }

    private DisclosureRequest reload(DisclosureRequest r) {
        return store.byNumber(r.number()).orElseThrow();
    }

    private DisclosureRequest save(DisclosureRequest r, RequestState state, Supplement s, Consultation c,
            Extension e, Fee f, Reply p, String action, Map<String, Object> after) {
        store.save(with(r, r.receivedOn(), state, s, c, e, f, p));
        keepDue(r.number());
        events.publishEvent(new RequestChanged(action, r.number(), r.state().name(), withState(after, state)));
        return reload(r);
    }

    private static Map<String, Object> withState(Map<String, Object> after, RequestState state) {
        Map<String, Object> m = new LinkedHashMap<>(after);
        m.put("state", state.name());
        return m;
    }

    private static DisclosureRequest with(DisclosureRequest r, LocalDate receivedOn, RequestState state,
            Supplement s, Consultation c, Extension e, Fee f, Reply p) {
        return new DisclosureRequest(r.id(), r.number(), r.divisionCode(), r.applicantType(), r.applicantName(),
                r.identityNumber(), r.contactName(), r.mobile(), r.email(), r.address(), r.description(),
                r.delivery(), r.channel(), r.submittedAt(), receivedOn, r.accountLogin(), r.enteredBy(), state, s, c,
                e, f, p, r.version());
    }

    /** The latest date a step was taken on; a new step may not lie before it. */
    private static LocalDate lastDate(DisclosureRequest r) {
        LocalDate last = r.receivedOn();
        for (LocalDate d : new LocalDate[] {
                r.supplement() == null ? null : r.supplement().receivedOn(),
                r.supplement() == null ? null : r.supplement().noticeOn(),
                r.consultation() == null ? null : r.consultation().from(),
                r.consultation() == null ? null : r.consultation().until(),
                r.extension() == null ? null : r.extension().on(),
                r.fee() == null ? null : r.fee().paidOn() }) {
            if (d != null && (last == null || d.isAfter(last))) {
                last = d;
            }
        }
        return last;
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

    private void requirePastDate(LocalDate on, String what) {
        FieldErrors errors = new FieldErrors();
        dateRule(errors, "on", on, null, what);
        errors.throwIfAny();
    }

    private static void requireState(DisclosureRequest r, RequestState state) {
        if (r.state() != state) {
            throw new ConflictException("该申请当前状态为“" + r.state().label() + "”，不能办理此步骤");
        }
    }

    private void requireRole(StaffIdentity me, Permission permission) {
        if (!permissions.may(me, permission)) {
            throw new AccessDeniedException("只有政务公开专员可以办理依申请公开");
        }
    }

    private void requireOfficer(String divisionCode, StaffIdentity me) {
        requireWithin(divisionCode, me, Permission.REQUEST_HANDLE);
    }

    private void requireWithin(String divisionCode, StaffIdentity me, Permission permission) {
        requireRole(me, permission);
        // Another government's request answers like a missing one, so numbers cannot be probed from the console.
        if (!organization.isWithin(divisionCode, me.unitCode())) {
            throw new NotFoundException("没有这个申请");
        }
    }

    /**
     * Records a step for 我的申请 and tells the applicant through the outbox, in the step's transaction: by SMS, e-mail
     * and 站内信, in the template's words (the full text stays on the application's page).
     */
    private void tell(DisclosureRequest r, LocalDate on, MessageTemplate template, String title, String text) {
        tell(r, on, template, title, text, template == MessageTemplate.REQUEST_SUPPLEMENT_NOTICE && r.supplement() != null
                ? r.supplement().due()
                : template == MessageTemplate.REQUEST_FEE && r.fee() != null ? r.fee().due() : dueOf(r));
    }

    /** @param due the date the message names; a moved due date is passed as moved (the calendar swaps after commit) */
    private void tell(DisclosureRequest r, LocalDate on, MessageTemplate template, String title, String text,
            LocalDate due) {
        long id = store.addNotice(r.id(), clock.instant(), on, title, text);
        Map<String, String> params = new HashMap<>();
        params.put("number", r.number());
        if (due != null) {
            params.put("due", due.toString());
        }
        // an online application holds a mobile number only once it is proven (PortalSubmissions)
        events.publishEvent(new NotificationRequested("request:" + r.number() + ":" + id, template, params,
                r.accountLogin() != null ? "/my/requests/" + r.number() : "/disclosure-requests/status",
                new Recipient(r.accountLogin(), r.mobile(), r.email()), r.divisionCode(), r.number()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
