package org.doorstep.services;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a bundle's items can be handled. 国发〔2024〕3号 asks that what one step of a 一件事 produces be
 * shared with the next rather than asked of the applicant again: an item <em>needs</em> another of the same bundle when
 * it requires, as a material, the certificate the other issues (公章刻制、发票申领、社保登记 need the 营业执照 that 设立登记
 * issues). Such an item starts when that certificate exists, and takes it from the certificate library.
 */
public final class BundleOrder {

    private final Map<String, List<ServiceItem>> prerequisites = new LinkedHashMap<>();
    private final Set<String> producedWithin = new LinkedHashSet<>();

    private BundleOrder(List<ServiceItem> items) {
        for (ServiceItem item : items) {
            List<ServiceItem> needs = new ArrayList<>();
            for (ServiceItem other : items) {
                if (other != item && item.materials().stream().filter(Material::required)
                        .anyMatch(m -> m.name().equals(other.certificateType()))) {
                    needs.add(other);
                    producedWithin.add(other.certificateType());
                }
            }
            prerequisites.put(item.code(), List.copyOf(needs));
        }
    }

    public static BundleOrder of(List<ServiceItem> items) {
        return new BundleOrder(items);
    }

    /** The items of the bundle whose certificates this item needs; empty when it can start at once. */
    public List<ServiceItem> prerequisitesOf(String itemCode) {
        return prerequisites.getOrDefault(itemCode, List.of());
    }

    /** Names of materials that items of this bundle issue: the applicant is not asked for them. */
    public Set<String> producedWithin() {
        return Set.copyOf(producedWithin);
    }

    /** Whether some items need each other, so that none of them could ever start. */
    public boolean circular() {
        Set<String> done = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, List<ServiceItem>> e : prerequisites.entrySet()) {
                if (!done.contains(e.getKey())
                        && e.getValue().stream().allMatch(p -> done.contains(p.code()))) {
                    done.add(e.getKey());
                    progress = true;
                }
            }
        }
        return done.size() < prerequisites.size();
    }
}
