package org.doorstep.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.doorstep.services.BundleOrder;
import org.doorstep.services.Material;
import org.doorstep.services.ServiceItem;

/** What a 一件事 form asks: each material once even when several items need it. */
public final class BundleForms {

    private BundleForms() {
    }

    /**
     * The union of the items' materials, each name once, in first-seen order, without those an item of the bundle
     * issues (they are shared from the certificate library when issued).
     */
    public static List<Material> materialsOf(List<ServiceItem> items) {
        Set<String> seen = new LinkedHashSet<>(BundleOrder.of(items).producedWithin());
        List<Material> out = new ArrayList<>();
        for (ServiceItem i : items) {
            for (Material m : i.materials()) {
                if (seen.add(m.name())) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
