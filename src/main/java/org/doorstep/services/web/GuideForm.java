package org.doorstep.services.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.doorstep.organization.VenueLevel;
import org.doorstep.platform.FieldErrors;
import org.doorstep.services.Delivery;
import org.doorstep.services.Faq;
import org.doorstep.services.Implementation;
import org.doorstep.services.ItemType;
import org.doorstep.services.Material;
import org.doorstep.services.MaterialForm;
import org.doorstep.services.ProcessStep;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;
import org.doorstep.services.ServiceTarget;
import org.doorstep.services.Theme;

/**
 * The guide editor's form. The lists of a guide are edited as lines of "|"-separated cells, so the editor works
 * without JavaScript and a whole materials list can be pasted from a spreadsheet.
 */
public class GuideForm {

    static final String MATERIAL_HINT = "每行一项：名称|份数|原件/复印件/原件和复印件/电子材料|材料形式|来源|空白表(是/否)|样表(是/否)|必需(是/否)|备注";
    static final String STEP_HINT = "每行一个环节：环节名称|承办单位|说明|时限（工作日，0 为当日）";
    static final String FAQ_HINT = "每行一问：问题|答案";
    static final String PLACE_HINT = "每行一处：单位编码|政务服务中心/便民服务中心/便民服务站/政务服务驿站";

    private String code = "";
    private String name = "";
    private String type = ItemType.PUBLIC_SERVICE.name();
    private String departmentCode = "";
    private String legalBasis = "";
    private String target = ServiceTarget.PERSON.name();
    private String conditions = "";
    private String materials = "";
    private String steps = "";
    private String legalLimitDays = "";
    private String promisedLimitDays = "";
    private String fee = "不收费";
    private String result = "";
    private List<String> deliveries = new ArrayList<>();
    private String place = "";
    private String hours = "";
    private String visits = "1";
    private String onlineEntry = "";
    private String consultation = "";
    private String complaint = "";
    private String faqs = "";
    private List<String> flags = new ArrayList<>();
    private List<String> themes = new ArrayList<>();
    private String implementations = "";

    static GuideForm of(ServiceItem i, List<Implementation> lines) {
        GuideForm f = new GuideForm();
        f.code = i.code();
        f.name = i.name();
        f.type = i.type().name();
        f.departmentCode = i.departmentCode();
        f.legalBasis = i.legalBasis();
        f.target = i.target().name();
        f.conditions = i.conditions();
        f.materials = i.materials().stream().map(m -> String.join("|", m.name(), String.valueOf(m.copies()),
                m.form().label(), m.format(), m.source(), yes(m.blankForm()), yes(m.sample()), yes(m.required()),
                m.note() == null ? "" : m.note())).collect(Collectors.joining("\n"));
        f.steps = i.steps().stream().map(s -> String.join("|", s.name(), s.actor(), s.description(),
                String.valueOf(s.limitDays()))).collect(Collectors.joining("\n"));
        f.legalLimitDays = String.valueOf(i.legalLimitDays());
        f.promisedLimitDays = String.valueOf(i.promisedLimitDays());
        f.fee = i.fee();
        f.result = i.result();
        f.deliveries = i.deliveries().stream().map(Enum::name).toList();
        f.place = i.place();
        f.hours = i.hours();
        f.visits = String.valueOf(i.visits());
        f.onlineEntry = i.onlineEntry() == null ? "" : i.onlineEntry();
        f.consultation = i.consultation();
        f.complaint = i.complaint();
        f.faqs = i.faqs().stream().map(q -> q.question() + "|" + q.answer()).collect(Collectors.joining("\n"));
        f.flags = i.flags().stream().map(Enum::name).toList();
        f.themes = i.themes().stream().map(Enum::name).toList();
        f.implementations = lines.stream().map(l -> l.unitCode() + "|" + l.venueLevel().label())
                .collect(Collectors.joining("\n"));
        return f;
    }

    /** The item, or every problem of the form at once. */
    ServiceItem toItem(FieldErrors errors) {
        List<Material> ms = parse(materials, "materials", 9, errors, c -> new Material(c[0], number(c[1]),
                label(MaterialForm.values(), c[2], MaterialForm::label), c[3], c[4], "是".equals(c[5]),
                "是".equals(c[6]), !"否".equals(c[7]), c[8].isEmpty() ? null : c[8]));
        List<ProcessStep> ss = parse(steps, "steps", 4, errors, c -> new ProcessStep(c[0], c[1], c[2], number(c[3])));
        List<Faq> qs = parse(faqs, "faqs", 2, errors, c -> new Faq(c[0], c[1]));
        int legal = number(legalLimitDays, "legalLimitDays", "法定办结时限", errors);
        int promised = number(promisedLimitDays, "promisedLimitDays", "承诺办结时限", errors);
        int visitCount = number(visits, "visits", "到现场次数", errors);
        ItemType itemType = parseEnum(ItemType.class, type);
        ServiceTarget serviceTarget = parseEnum(ServiceTarget.class, target);
        errors.rejectIf(itemType == null, "type", "请选择事项类型");
        errors.rejectIf(serviceTarget == null, "target", "请选择服务对象");
        errors.rejectIf(faqs.isBlank(), "faqs", "请至少填写一条常见问题");
        return new ServiceItem(code.strip(), name.strip(), itemType, departmentCode.strip(), legalBasis.strip(),
                serviceTarget, conditions.strip(), ms, ss, legal, promised, fee.strip(), result.strip(),
                enums(Delivery.class, deliveries), place.strip(), hours.strip(), visitCount,
                onlineEntry.isBlank() ? null : onlineEntry.strip(), consultation.strip(), complaint.strip(), qs,
                enums(ServiceFlag.class, flags), enums(Theme.class, themes));
    }

    List<Implementation> toImplementations(FieldErrors errors) {
        return parse(implementations, "implementations", 2, errors, c -> new Implementation(code.strip(), c[0],
                label(VenueLevel.values(), c[1], VenueLevel::label)));
    }

    private static <T> List<T> parse(String text, String field, int cells, FieldErrors errors,
            Function<String[], T> row) {
        List<T> out = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String[] c = Arrays.copyOf(lines[n].split("\\|", -1), cells);
            for (int k = 0; k < cells; k++) {
                c[k] = c[k] == null ? "" : c[k].strip();
            }
            try {
                out.add(row.apply(c));
            } catch (IllegalArgumentException e) {
                errors.reject(field, "第 " + (n + 1) + " 行格式不对：" + e.getMessage());
            }
        }
        return out;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + s + "”不是整数");
        }
    }

    private static int number(String s, String field, String label, FieldErrors errors) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            errors.reject(field, label + "请填写整数（工作日）");
            return 0;
        }
    }

    private static <E> E label(E[] values, String text, Function<E, String> labelOf) {
        return Arrays.stream(values).filter(v -> labelOf.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("不认识“" + text + "”"));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (names != null) {
            names.forEach(n -> {
                E e = parseEnum(type, n);
                if (e != null) {
                    set.add(e);
                }
            });
        }
        return set;
    }

    private static String yes(boolean b) {
        return b ? "是" : "否";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public String getLegalLimitDays() {
        return legalLimitDays;
    }

    public void setLegalLimitDays(String legalLimitDays) {
        this.legalLimitDays = legalLimitDays;
    }

    public String getPromisedLimitDays() {
        return promisedLimitDays;
    }

    public void setPromisedLimitDays(String promisedLimitDays) {
        this.promisedLimitDays = promisedLimitDays;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public List<String> getDeliveries() {
        return deliveries;
    }

    public void setDeliveries(List<String> deliveries) {
        this.deliveries = deliveries;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getVisits() {
        return visits;
    }

    public void setVisits(String visits) {
        this.visits = visits;
    }

    public String getOnlineEntry() {
        return onlineEntry;
    }

    public void setOnlineEntry(String onlineEntry) {
        this.onlineEntry = onlineEntry;
    }

    public String getConsultation() {
        return consultation;
    }

    public void setConsultation(String consultation) {
        this.consultation = consultation;
    }

    public String getComplaint() {
        return complaint;
    }

    public void setComplaint(String complaint) {
        this.complaint = complaint;
    }

    public String getFaqs() {
        return faqs;
    }

    public void setFaqs(String faqs) {
        this.faqs = faqs;
    }

    public List<String> getFlags() {
        return flags;
    }

    public void setFlags(List<String> flags) {
        this.flags = flags;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public String getImplementations() {
        return implementations;
    }

    public void setImplementations(String implementations) {
        this.implementations = implementations;
    }
}
