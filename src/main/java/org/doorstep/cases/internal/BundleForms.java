package org.doorstep.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doorstep.services.Bundle;
import org.doorstep.services.Material;
import org.doorstep.services.ServiceItem;

/** What a 一件事 form asks: each shared fact once, and each material once even when several items need it. */
public final class BundleForms {

    private BundleForms() {
    }

    /** Facts every sub-case shares, beyond the applicant's name, ID number and phone: key → Chinese label. */
    public static Map<String, String> factsOf(Bundle bundle) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("address", "住所（经营场所）或联系地址");
        if (bundle.code().equals("QX-YJS-QYKB")) {
            facts.put("capital", "注册资本（万元）");
            facts.put("scope", "经营范围");
            facts.put("employees", "参保职工人数");
        }
        return facts;
    }

    /** The union of the items' materials, each name once, in first-seen order. */
    public static List<Material> materialsOf(List<ServiceItem> items) {
        Set<String> seen = new LinkedHashSet<>();
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
