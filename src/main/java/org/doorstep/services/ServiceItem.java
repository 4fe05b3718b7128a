package org.doorstep.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service item with its full standard guide (办事指南, DOMAIN.md §6). One guide serves every place that carries the
 * item out (无差别受理、同标准办理), so the guide lives on the item, not on the implementation.
 *
 * @param code 事项编码
 * @param departmentCode 实施主体: the unit code of a department in the organization module
 * @param legalLimitDays 法定办结时限 in working days; 0 = 即办
 * @param promisedLimitDays 承诺办结时限 in working days; 0 = 即办 (same day)
 * @param fee 收费: basis and amount, or 不收费
 * @param visits 到现场次数
 * @param onlineEntry 网上办理入口 (an address), or null when the item cannot be applied for online
 * @param themes life events and enterprise stages the item appears under on the portal
 */
public record ServiceItem(String code, String name, ItemType type, String departmentCode, String legalBasis,
        ServiceTarget target, String conditions, List<Material> materials, List<ProcessStep> steps,
        int legalLimitDays, int promisedLimitDays, String fee, String result, Set<Delivery> deliveries, String place,
        String hours, int visits, String onlineEntry, String consultation, String complaint, List<Faq> faqs,
        Set<ServiceFlag> flags, Set<Theme> themes) {

    public ServiceItem {
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
        deliveries = ordered(Delivery.class, deliveries);
        faqs = List.copyOf(faqs);
        flags = ordered(ServiceFlag.class, flags);
        themes = ordered(Theme.class, themes);
    }

    /** Enum sets in declaration order, so pages and JSON list flags the same way every time. */
    private static <E extends Enum<E>> Set<E> ordered(Class<E> type, Set<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }

    /** 即办件: due the same day. */
    public boolean immediate() {
        return promisedLimitDays == 0;
    }

    /** The certificate type the result is issued as: the result without its parenthesis, e.g. 营业执照. */
    public String certificateType() {
        return result == null ? "" : result.replaceAll("（[^）]*）", "").strip();
    }

    public boolean has(ServiceFlag flag) {
        return flags.contains(flag);
    }

    /**
     * The fewest visits the item can be done in: one when it cannot be applied for online, or when its result can
     * only be collected at a window; else none.
     */
    public int minimumVisits() {
        return !has(ServiceFlag.ONLINE) || windowCollectionOnly() ? 1 : 0;
    }

    /** The result is only handed out at a window. */
    public boolean windowCollectionOnly() {
        return deliveries.equals(EnumSet.of(Delivery.WINDOW));
    }

    /** The visits as a guide states them: never fewer than the item's own rules allow. */
    public int visitsShown() {
        return Math.max(visits, minimumVisits());
    }

    /** The result may be collected at a window, which takes a visit even when everything else is online. */
    public boolean windowCollection() {
        return deliveries.contains(Delivery.WINDOW);
    }

    /**
     * The 网上办理入口 to link to, or null when there is none or it is a placeholder: blank, "#", not an http(s)
     * address or a path of this site, or on a reserved example or test domain (RFC 2606, RFC 6761).
     */
    public String onlineEntryLink() {
        return placeholderEntry(onlineEntry) ? null : onlineEntry.strip();
    }

    /** Whether an online entry is a placeholder rather than an address someone can use (see {@link #onlineEntryLink}). */
    public static boolean placeholderEntry(String entry) {
        String e = entry == null ? "" : entry.strip();
        if (e.isEmpty() || e.startsWith("#")) {
            return true;
        }
        if (e.startsWith("/") && !e.startsWith("//")) {
            return false;
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(e);
        } catch (java.net.URISyntaxException ex) {
            return true;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase();
        if (!(scheme.equals("https") || scheme.equals("http")) || host.isEmpty()) {
            return true;
        }
        for (String label : host.split("\\.")) {
            if (label.equals("example") || label.equals("invalid") || label.equals("test")
                    || label.equals("localhost")) {
                return true;
            }
        }
        return false;
    }

    /** The guide elements that are missing, by their Chinese names; empty for a complete guide. */
    public List<String> missingGuideElements() {
        List<String> missing = new ArrayList<>();
        check(missing, name, "事项名称");
        check(missing, code, "事项编码");
        check(missing, departmentCode, "实施主体");
        check(missing, legalBasis, "设定依据");
        check(missing, conditions, "受理条件");
        check(missing, fee, "收费");
        check(missing, result, "办理结果");
        check(missing, place, "办理地点");
        check(missing, hours, "办理时间");
        check(missing, consultation, "咨询方式");
        check(missing, complaint, "监督投诉方式");
        if (type == null) {
            missing.add("事项类型");
        }
        if (target == null) {
            missing.add("服务对象");
        }
        if (materials.isEmpty()) {
            missing.add("申请材料");
        }
        if (steps.isEmpty()) {
            missing.add("办理流程");
        }
        if (deliveries.isEmpty()) {
            missing.add("结果送达");
        }
        if (faqs.isEmpty()) {
            missing.add("常见问题");
        }
        if (flags.contains(ServiceFlag.ONLINE) && (onlineEntry == null || onlineEntry.isBlank())) {
            missing.add("网上办理入口");
        }
        return missing;
    }

    private static void check(List<String> missing, String value, String element) {
        if (value == null || value.isBlank()) {
            missing.add(element);
        }
    }
}
