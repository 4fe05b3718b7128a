package org.doorstep.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.organization.Department;
import org.doorstep.organization.Organization;
import org.doorstep.services.Faq;
import org.doorstep.services.Material;
import org.doorstep.services.ProcessStep;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceItem;
import org.springframework.stereotype.Component;

/**
 * Service items' guides (办事指南), read through the services module's facade. A guide is indexed by its name and the
 * text a visitor looks for: conditions, materials, steps, fees, result, place and hours, basis, FAQs.
 */
@Component
class GuideSource implements IndexSource {

    private final ServiceCatalogue catalogue;
    private final Organization organization;

    GuideSource(ServiceCatalogue catalogue, Organization organization) {
        this.catalogue = catalogue;
        this.organization = organization;
    }

    @Override
    public Map<String, Long> stamps() {
        Map<String, Long> result = new HashMap<>();
        for (ServiceItem item : catalogue.items()) {
            IndexEntry e = entry(item);
            result.put(e.key(), e.stamp());
        }
        return result;
    }

    @Override
    public List<IndexEntry> load(List<String> keys) {
        return keys.stream().map(k -> catalogue.find(k.substring(IndexEntry.GUIDE_PREFIX.length())))
                .flatMap(Optional::stream).map(this::entry).toList();
    }

    @Override
    public boolean owns(String key) {
        return key.startsWith(IndexEntry.GUIDE_PREFIX);
    }

    IndexEntry entry(ServiceItem item) {
        Optional<Department> department = organization.department(item.departmentCode());
        return IndexEntry.guide(item.code(), item.name(), text(item),
                department.map(Department::name).orElse(null), department.map(Department::divisionCode).orElse(null));
    }

    static String text(ServiceItem i) {
        StringBuilder b = new StringBuilder();
        line(b, "受理条件", i.conditions());
        StringBuilder materials = new StringBuilder();
        for (Material m : i.materials()) {
            materials.append(m.name()).append("；");
        }
        line(b, "申请材料", materials.toString());
        StringBuilder steps = new StringBuilder();
        for (ProcessStep s : i.steps()) {
            steps.append(s.name()).append(s.description() == null ? "" : "：" + s.description()).append("；");
        }
        line(b, "办理流程", steps.toString());
        line(b, "收费", i.fee());
        line(b, "办理结果", i.result());
        line(b, "办理地点", i.place());
        line(b, "办理时间", i.hours());
        line(b, "设定依据", i.legalBasis());
        for (Faq f : i.faqs()) {
            line(b, "问", f.question() + " " + f.answer());
        }
        return b.toString().strip();
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(label).append("：").append(value.strip()).append('\n');
        }
    }
}
