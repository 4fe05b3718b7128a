package org.doorstep.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentDraft;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.engagement.internal.ConsultationStore;
import org.doorstep.engagement.internal.ConsultationStore.MostAsked;
import org.doorstep.engagement.internal.Keywords;
import org.doorstep.organization.Organization;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.StaffIdentity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * 咨询: questions officers answer by the hotline, at windows, on the website and through grid workers, and the hot
 * topics they show. Seed 000: questions asked again and again become proactive disclosure, so a hot topic starts a
 * draft in the disclosure module.
 */
@Service
public class Consultations {

    public static final List<String> CATEGORIES = List.of("社会保障", "医疗保障", "户籍证件", "市场监管", "不动产登记",
            "住房公积金", "涉农补贴", "社会救助", "教育", "城乡建设", "交通出行", "其他");
    public static final int TOP = 10;
    /** A period may cover at most this many days, so the view stays readable. */
    public static final int MAX_PERIOD_DAYS = 366;

    private final ConsultationStore store;
    private final Keywords keywords;
    private final Disclosure disclosure;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Permissions permissions;

    Consultations(ConsultationStore store, Keywords keywords, Disclosure disclosure,
            Organization organization, ApplicationEventPublisher events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.store = store;
        this.keywords = keywords;
        this.disclosure = disclosure;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Consultation log(ConsultationEntry e, StaffIdentity me) {
        require(me, Permission.CONSULTATION_LOG);
        FieldErrors errors = new FieldErrors();
        ConsultationChannel channel = option(e.channel());
        errors.rejectIf(channel == null, "channel", "请选择咨询渠道");
        errors.rejectIf(e.category() == null || !CATEGORIES.contains(e.category()), "category", "请选择咨询类别");
        errors.rejectIf(Topics.blank(e.question()) || e.question().strip().length() < 4
                || e.question().strip().length() > 2000, "question", "请填写咨询的问题（4 到 2000 字）");
        errors.rejectIf(Topics.blank(e.answer()) || e.answer().strip().length() < 2
                || e.answer().strip().length() > 5000, "answer", "请填写给出的答复（2 到 5000 字）");
        Integer minutes = null;
        try {
            minutes = Integer.valueOf(e.minutes() == null ? "" : e.minutes().strip());
        } catch (NumberFormatException x) {
            minutes = null;
        }
        errors.rejectIf(minutes == null || minutes < 1 || minutes > 600, "minutes", "用时应为 1 到 600 分钟的整数");
        LocalDate on = date(e.askedOn());
        errors.rejectIf(on == null, "askedOn", "请填写咨询日期，格式如 2026-09-07");
        errors.rejectIf(on != null && on.isAfter(today()), "askedOn", "咨询日期不能晚于今天");
        errors.throwIfAny();
        Consultation c = new Consultation(0, me.unitCode(), channel, e.category(), e.question().strip(),
                e.answer().strip(), minutes, on, me.username());
        long id = store.insert(c, clock.instant(), keywords.of(c.question()));
        events.publishEvent(new ConsultationLogged(id, channel.name(), e.category(), me.username()));
        return new Consultation(id, c.unitCode(), channel, c.category(), c.question(), c.answer(), minutes, on,
                me.username());
    }

    /**
     * A page of the consultations logged within the person's unit in [from, to] (at most a year), optionally of one
     * channel and category, newest first; with how many there are and their average minutes.
     */
    public ConsultationList list(StaffIdentity me, LocalDate from, LocalDate to, ConsultationChannel channel,
            String category, int page) {
        require(me, Permission.CONSULTATION_VIEW);
        period(from, to);
        String[] units = units(me);
        String ch = channel == null ? null : channel.name();
        String cat = Topics.blank(category) ? null : category.strip();
        long[] summary = store.countAndAverageMinutes(units, from, to, ch, cat);
        List<Consultation> rows = store.page(units, from, to, ch, cat, ListPage.offset(page, ListPage.SIZE),
                ListPage.SIZE + 1);
        // The period bounds the count, so the pager shows the exact total rather than ListPage's capped one.
        boolean next = rows.size() > ListPage.SIZE;
        return new ConsultationList(new ListPage<>(next ? rows.subList(0, ListPage.SIZE) : rows, page, ListPage.SIZE,
                summary[0], false, next), summary[0], summary[1]);
    }

    /** Most frequent categories and keywords of [from, to], and what rose against the period just before. */
    public HotTopics hotTopics(StaffIdentity me, LocalDate from, LocalDate to) {
        require(me, Permission.CONSULTATION_VIEW);
        period(from, to);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(days - 1);
        String[] units = units(me);
        int now = store.countBetween(units, from, to);
        int before = store.countBetween(units, previousFrom, previousTo);
        List<HotTopic> categories = rank("CATEGORY", store.termCounts(units, from, to, false),
                store.termCounts(units, previousFrom, previousTo, false));
        List<HotTopic> words = rank("KEYWORD", store.termCounts(units, from, to, true),
                store.termCounts(units, previousFrom, previousTo, true));
        List<HotTopic> rising = new ArrayList<>();
        for (List<HotTopic> list : List.of(categories, words)) {
            list.stream().filter(h -> h.rise() > 0 && h.count() >= 2).forEach(rising::add);
        }
        rising.sort(Comparator.comparingInt(HotTopic::rise).reversed().thenComparing(HotTopic::term));
        return new HotTopics(from, to, previousFrom, previousTo, now, before, top(categories),
                top(words), top(rising));
    }

    /**
     * Starts a proactive disclosure draft from a hot topic: the questions and answers of the period, in the officer's
     * government's 回应关切 node, left as a draft for the officer to edit and submit in the disclosure console.
     */
    @Transactional
    public GovDocument startDraft(StaffIdentity me, String kind, String term, LocalDate from, LocalDate to) {
        if (!mayDraft(me)) {
            throw new AccessDeniedException("只有政务公开专员可以起草主动公开信息");
        }
        require(me, Permission.CONSULTATION_VIEW);
        period(from, to);
        if (Topics.blank(term)) {
            throw new InvalidInputException("term", "请选择一个热点");
        }
        // A question asked again and again appears once, with how often it was asked, the most frequent first.
        MostAsked asked = store.mostAsked(units(me), from, to, !"CATEGORY".equals(kind), term.strip(), 20);
        if (asked.questions().isEmpty()) {
            throw new InvalidInputException("term", "该时段没有与“" + term + "”有关的咨询");
        }
        String division = disclosure.divisionOf(me);
        long node = disclosure.catalogue(division).stream().filter(n -> n.name().equals(Topics.CONCERN_NODE))
                .findFirst().or(() -> disclosure.catalogue(division).stream()
                        .filter(n -> n.name().equals("法定主动公开内容")).findFirst())
                .orElseThrow().id();
        StringBuilder body = new StringBuilder("<p>" + from + " 至 " + to + "，群众就“" + html(term) + "”咨询 "
                + asked.consultations() + " 次。现将常见问题及答复公开如下：</p>");
        asked.questions().forEach(q -> body.append("<p><strong>问：").append(html(q.question()))
                .append("（咨询 ").append(q.times()).append(" 次）</strong></p><p>答：")
                .append(html(q.answer())).append("</p>"));
        return disclosure.create(new DocumentDraft("关于“" + term + "”常见问题的解答", null, division, today(), null, null,
                "综合政务", "解答", "热点问题 " + term, body.toString(), List.of(node), null, null), me);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A date typed in a form, or null when it is blank or not a date. */
    public static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static ConsultationChannel option(String s) {
        try {
            return s == null || s.isBlank() ? null : ConsultationChannel.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void period(LocalDate from, LocalDate to) {
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(from == null, "from", "请填写开始日期，格式如 2026-09-01");
        errors.rejectIf(to == null, "to", "请填写结束日期，格式如 2026-09-30");
        errors.rejectIf(from != null && to != null && to.isBefore(from), "to", "结束日期不能早于开始日期");
        errors.rejectIf(from != null && to != null && ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS, "to",
                "统计时段最长一年");
        errors.throwIfAny();
    }

    /** The units of the person's scope for SQL; null at the top division, where every unit is within. */
    private String[] units(StaffIdentity me) {
        return organization.scope(me.unitCode()).everything() ? null
                : organization.unitsWithin(me.unitCode()).toArray(String[]::new);
    }

    /** Questions logged before keywords were kept with them are segmented once, on the first start. */
    @EventListener(ApplicationReadyEvent.class)
    void segmentOlderQuestions() {
        for (Map<Long, String> batch = store.withoutKeywords(500); !batch.isEmpty();
                batch = store.withoutKeywords(500)) {
            batch.forEach((id, question) -> store.setKeywords(id, keywords.of(question)));
        }
    }

    private static List<HotTopic> rank(String kind, Map<String, Integer> current, Map<String, Integer> previous) {
        List<HotTopic> result = new ArrayList<>();
        current.forEach((term, n) -> result.add(new HotTopic(kind, term, n, previous.getOrDefault(term, 0))));
        result.sort(Comparator.comparingInt(HotTopic::count).reversed().thenComparing(HotTopic::term));
        return result;
    }

    private static List<HotTopic> top(List<HotTopic> list) {
        return list.size() > TOP ? List.copyOf(list.subList(0, TOP)) : list;
    }

    /** Whether the person may turn a hot topic into a proactive disclosure draft. */
    public boolean mayDraft(StaffIdentity me) {
        return permissions.may(me, Permission.HOT_TOPIC_DRAFT);
    }

    private void require(StaffIdentity me, Permission permission) {
        if (!permissions.may(me, permission) || me.unitCode() == null) {
            throw new AccessDeniedException("只有窗口、热线、网格和政务公开工作人员可以登记和查看咨询");
        }
    }

    private static String html(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
