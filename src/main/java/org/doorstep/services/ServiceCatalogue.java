package org.doorstep.services;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.doorstep.organization.Organization;
import org.doorstep.organization.VenueLevel;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.NotFoundException;
import org.doorstep.services.internal.ServiceStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of service items, their implementation lists and bundles: the module's facade. */
@Service
public class ServiceCatalogue {

    /** 事项编码: capital letters, digits and hyphens, e.g. {@code QX-SCJG-001}. */
    static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{2,39}";

    private final ServiceStore store;
    private final Organization organization;
    private final ApplicationEventPublisher events;

    ServiceCatalogue(ServiceStore store, Organization organization, ApplicationEventPublisher events) {
        this.store = store;
        this.organization = organization;
        this.events = events;
    }

    public List<ServiceItem> items() {
        return store.items();
    }

    /** Items carried out by this department (实施主体). */
    public List<ServiceItem> itemsOf(String departmentCode) {
        return store.items().stream().filter(i -> i.departmentCode().equals(departmentCode)).toList();
    }

    public List<ServiceItem> itemsWith(Theme theme) {
        return store.items().stream().filter(i -> i.themes().contains(theme)).toList();
    }

    /**
     * Items found by what a visitor types: in the item's name, or the name of its department (given here as the codes
     * of the departments whose names match), or a theme whose label holds the words. At most {@code limit} items.
     */
    public List<ServiceItem> search(String words, Collection<String> departmentCodes, int limit) {
        String w = words.strip();
        List<String> themes = java.util.Arrays.stream(Theme.values()).filter(t -> t.label().contains(w))
                .map(Theme::name).toList();
        return store.search(w, departmentCodes, themes, limit);
    }

    public Optional<ServiceItem> find(String code) {
        return code == null ? Optional.empty() : store.item(code);
    }

    /** The item, or a Chinese 404. */
    public ServiceItem item(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("未找到编码为 " + code + " 的政务服务事项"));
    }

    /** Where the item is carried out. */
    public List<Implementation> implementations(String itemCode) {
        return store.implementations(itemCode);
    }

    /** The items a unit (a department, a township or a village) carries out. */
    public List<Implementation> implementationsAt(String unitCode) {
        return store.implementationsAt(unitCode);
    }

    /** 就近办: the items that can be handled at a venue of this level (e.g. every village's 便民服务站). */
    public List<ServiceItem> itemsAt(VenueLevel level) {
        Set<String> codes = store.itemCodesAt(level);
        return items().stream().filter(i -> codes.contains(i.code())).toList();
    }

    public List<Bundle> bundles() {
        return store.bundles();
    }

    public Bundle bundle(String code) {
        return store.bundle(code).orElseThrow(() -> new NotFoundException("未找到编码为 " + code + " 的一件事"));
    }

    public Optional<Bundle> findBundle(String code) {
        return store.bundle(code);
    }

    /** Bundles an item belongs to. */
    public List<Bundle> bundlesWith(String itemCode) {
        return store.bundles().stream().filter(b -> b.itemCodes().contains(itemCode)).toList();
    }

    /**
     * Creates or replaces an item's guide and implementation list. Every problem is reported at once
     * ({@link FieldErrors.InvalidFieldsException}).
     */
    @Transactional
    public ServiceItem save(ServiceItem item, Collection<Implementation> implementations) {
        validate(item, implementations);
        ServiceItem before = store.item(item.code()).orElse(null);
        store.save(item);
        store.replaceImplementations(item.code(), implementations.stream()
                .sorted(Comparator.comparing(Implementation::unitCode)).toList());
        events.publishEvent(new ServiceItemSaved(item.code(), before, item));
        return item;
    }

    @Transactional
    public Bundle saveBundle(Bundle bundle) {
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(blank(bundle.name()), "name", "请填写一件事的名称");
        errors.rejectIf(bundle.itemCodes().size() < 2, "itemCodes", "一件事至少包含两个事项");
        for (String c : bundle.itemCodes()) {
            errors.rejectIf(store.item(c).isEmpty(), "itemCodes", "事项编码 " + c + " 不存在");
        }
        errors.rejectIf(bundle.promisedHalfDays() < 1, "promisedHalfDays", "请填写承诺办结时限（至少 0.5 个工作日）");
        bundle.facts().forEach((key, label) -> errors.rejectIf(!key.matches("[a-z][A-Za-z0-9]{0,30}") || blank(label),
                "facts", "共享信息项的编码应为英文字母开头的字母或数字，且须有名称"));
        errors.throwIfAny();
        errors.rejectIf(BundleOrder.of(bundle.itemCodes().stream().map(c -> store.item(c).orElseThrow()).toList())
                .circular(), "itemCodes", "事项之间互为前置（互相需要对方核发的证照），无法办理");
        errors.throwIfAny();
        store.saveBundle(bundle);
        events.publishEvent(new BundleSaved(bundle));
        return bundle;
    }

    private void validate(ServiceItem i, Collection<Implementation> implementations) {
        FieldErrors errors = new FieldErrors();
        check(i, implementations, errors);
        errors.throwIfAny();
    }

    /** Adds every rule the item breaks to {@code errors}, so a form can report them with its own problems. */
    public void check(ServiceItem i, Collection<Implementation> implementations, FieldErrors errors) {
        errors.rejectIf(i.code() == null || !i.code().matches(CODE_PATTERN), "code",
                "事项编码由大写字母、数字和连字符组成，3 到 40 位");
        errors.rejectIf(blank(i.name()), "name", "请填写事项名称");
        errors.rejectIf(i.departmentCode() == null || organization.department(i.departmentCode()).isEmpty(),
                "departmentCode", "实施主体必须是组织机构中已有的部门");
        errors.rejectIf(blank(i.legalBasis()), "legalBasis", "请填写设定依据");
        errors.rejectIf(blank(i.conditions()), "conditions", "请填写受理条件");
        errors.rejectIf(i.legalLimitDays() < 0 || i.legalLimitDays() > 365, "legalLimitDays",
                "法定办结时限应为 0 到 365 个工作日（0 表示即办）");
        errors.rejectIf(i.promisedLimitDays() < 0 || i.promisedLimitDays() > i.legalLimitDays(), "promisedLimitDays",
                "承诺办结时限不能超过法定办结时限");
        errors.rejectIf(i.materials().isEmpty(), "materials", "请至少列出一项申请材料");
        errors.rejectIf(i.materials().stream().anyMatch(m -> blank(m.name()) || m.copies() < 0 || m.form() == null),
                "materials", "每项申请材料都要有名称、份数和原件/复印件要求");
        errors.rejectIf(i.steps().isEmpty(), "steps", "请至少列出一个办理环节");
        errors.rejectIf(blank(i.fee()), "fee", "请填写收费标准（不收费请填“不收费”）");
        errors.rejectIf(blank(i.result()), "result", "请填写办理结果");
        errors.rejectIf(i.deliveries().isEmpty(), "deliveries", "请至少选择一种结果送达方式");
        errors.rejectIf(blank(i.place()), "place", "请填写办理地点");
        errors.rejectIf(blank(i.hours()), "hours", "请填写办理时间");
        errors.rejectIf(i.visits() < 0 || i.visits() > 9, "visits", "到现场次数应为 0 到 9 次");
        errors.rejectIf(i.has(ServiceFlag.ONLINE) && blank(i.onlineEntry()), "onlineEntry",
                "标注“网上办”的事项必须填写网上办理入口");
        String entry = i.onlineEntry() == null ? "" : i.onlineEntry().strip();
        errors.rejectIf(!entry.isEmpty() && (entry.startsWith("#") || !(entry.startsWith("/")
                || entry.regionMatches(true, 0, "https://", 0, 8) || entry.regionMatches(true, 0, "http://", 0, 7))),
                "onlineEntry", "网上办理入口应为 https:// 开头的网址或本站路径");
        if (i.visits() >= 0 && i.visits() < i.minimumVisits()) {
            errors.reject("visits", i.has(ServiceFlag.ONLINE)
                    ? "结果只能窗口领取，到现场次数至少为 1 次；如可邮寄或发放电子证照，请在结果送达中选择"
                    : "未标注“网上办”的事项须到窗口申请，到现场次数至少为 1 次");
        }
        errors.rejectIf(i.has(ServiceFlag.IMMEDIATE) && i.promisedLimitDays() != 0, "promisedLimitDays",
                "标注“马上办”的事项承诺时限应为 0（即办）");
        errors.rejectIf(blank(i.consultation()), "consultation", "请填写咨询方式");
        errors.rejectIf(blank(i.complaint()), "complaint", "请填写监督投诉方式");
        for (Implementation l : implementations) {
            errors.rejectIf(organization.unit(l.unitCode()).isEmpty() || l.venueLevel() == null, "implementations",
                    "实施清单中的单位 " + l.unitCode() + " 不存在或未选择场所层级");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
