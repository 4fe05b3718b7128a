package org.doorstep.services.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.doorstep.services.Delivery;
import org.doorstep.services.Faq;
import org.doorstep.services.ItemType;
import org.doorstep.services.Material;
import org.doorstep.services.MaterialForm;
import org.doorstep.services.ProcessStep;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;
import org.doorstep.services.ServiceTarget;
import org.doorstep.services.Theme;

/** Writes a complete guide with the county's common defaults, so the demo catalogue reads like a real one. */
final class GuideBuilder {

    static final String HOURS = "周一至周五 8:30-12:00，14:30-17:30（法定节假日除外）";
    static final String COMPLAINT = "青溪县政务服务管理局监督电话 0793-0100099；12345 政务服务便民热线；“好差评”二维码";
    static final String ONLINE = "https://zwfw.qingxi.example.gov.cn/item/";

    private final String code;
    private final String name;
    private final ItemType type;
    private final String department;
    private final ServiceTarget target;
    private String legalBasis;
    private String conditions;
    private final List<Material> materials = new ArrayList<>();
    private final List<ProcessStep> steps = new ArrayList<>();
    private int legalDays;
    private int promisedDays;
    private String fee = "不收费";
    private String result;
    private Set<Delivery> deliveries = EnumSet.of(Delivery.WINDOW, Delivery.POST);
    private String place;
    private int visits = 1;
    private String consultation;
    private final List<Faq> faqs = new ArrayList<>();
    private final Set<ServiceFlag> flags = EnumSet.noneOf(ServiceFlag.class);
    private final Set<Theme> themes = EnumSet.noneOf(Theme.class);

    GuideBuilder(String code, String name, ItemType type, String department, ServiceTarget target, String place,
            String consultation) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.department = department;
        this.target = target;
        this.place = place;
        this.consultation = consultation;
    }

    GuideBuilder basis(String basis) {
        this.legalBasis = basis;
        return this;
    }

    GuideBuilder conditions(String conditions) {
        this.conditions = conditions;
        return this;
    }

    /** An original the window checks and returns, with a copy kept (1 份). */
    GuideBuilder idCard() {
        return material(new Material("申请人居民身份证", 1, MaterialForm.ORIGINAL_AND_COPY, "纸质", "公安机关核发",
                false, false, true, "原件核验后退还；可用电子身份证"));
    }

    GuideBuilder form(String formName) {
        return material(new Material(formName, 1, MaterialForm.ORIGINAL, "纸质或电子", "申请人自备（窗口和网上提供空白表）",
                true, true, true, null));
    }

    GuideBuilder own(String materialName) {
        return material(new Material(materialName, 1, MaterialForm.ORIGINAL, "纸质或电子", "申请人自备", false, false,
                true, null));
    }

    GuideBuilder issued(String materialName, String issuer) {
        return material(new Material(materialName, 1, MaterialForm.COPY, "纸质或电子", issuer + "核发", false, false,
                true, null));
    }

    GuideBuilder optional(String materialName, String when) {
        return material(new Material(materialName, 1, MaterialForm.ORIGINAL_AND_COPY, "纸质", "申请人自备", false, false,
                false, when));
    }

    GuideBuilder material(Material m) {
        materials.add(m);
        return this;
    }

    /** Limits in working days; 0 is 即办. */
    GuideBuilder limits(int legal, int promised) {
        this.legalDays = legal;
        this.promisedDays = promised;
        return this;
    }

    GuideBuilder fee(String fee) {
        this.fee = fee;
        return this;
    }

    GuideBuilder result(String result) {
        this.result = result;
        return this;
    }

    GuideBuilder deliveries(Delivery... ds) {
        this.deliveries = EnumSet.of(ds[0], ds);
        return this;
    }

    GuideBuilder visits(int visits) {
        this.visits = visits;
        return this;
    }

    GuideBuilder step(String stepName, String actor, String description, int limit) {
        steps.add(new ProcessStep(stepName, actor, description, limit));
        return this;
    }

    GuideBuilder faq(String q, String a) {
        faqs.add(new Faq(q, a));
        return this;
    }

    GuideBuilder flags(ServiceFlag... fs) {
        flags.addAll(List.of(fs));
        return this;
    }

    GuideBuilder themes(Theme... ts) {
        themes.addAll(List.of(ts));
        return this;
    }

    ServiceItem build() {
        List<ProcessStep> process = steps.isEmpty() ? defaultSteps() : steps;
        if (promisedDays == 0) {
            flags.add(ServiceFlag.IMMEDIATE);
        }
        if (visits == 0) {
            flags.add(ServiceFlag.ONLINE);
        }
        if (visits <= 1) {
            flags.add(ServiceFlag.SINGLE_VISIT);
        }
        String online = flags.contains(ServiceFlag.ONLINE) ? ONLINE + code : null;
        List<Faq> questions = new ArrayList<>(faqs);
        questions.add(new Faq("可以请他人代为办理吗？", "可以。代办人须携带本人身份证和申请人签署的授权委托书；"
                + "老年人、残疾人等行动不便的群众可预约工作人员帮办代办。"));
        return new ServiceItem(code, name, type, department, legalBasis, target, conditions, materials, process,
                legalDays, promisedDays, fee, result, deliveries, place, HOURS, visits, online, consultation,
                COMPLAINT, questions, flags, themes);
    }

    private List<ProcessStep> defaultSteps() {
        if (promisedDays == 0) {
            return List.of(new ProcessStep("受理", "综合窗口", "核验材料，材料齐全的当场受理", 0),
                    new ProcessStep("办结", "综合窗口", "当场审核并出具办理结果", 0));
        }
        int review = Math.max(promisedDays - 1, 0);
        return List.of(new ProcessStep("受理", "综合窗口", "核验材料；材料不全的一次性告知需补正的全部材料", 0),
                new ProcessStep("审查", "承办科室", "审查申请材料，必要时现场核查", review),
                new ProcessStep("决定", "部门负责人", "作出准予或不予的决定，不予的说明理由", 1),
                new ProcessStep("送达", "出件窗口", "按申请人选择的方式送达办理结果", 0));
    }
}
