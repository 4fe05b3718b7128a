package org.doorstep.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doorstep.disclosure.CatalogueItem;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DisclosureAttribute;
import org.doorstep.disclosure.DocumentDraft;
import org.doorstep.disclosure.ExemptGround;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.Division;
import org.doorstep.platform.DemoData;
import org.doorstep.platform.StaffIdentity;
import org.springframework.stereotype.Component;

/**
 * The demo county's 政务公开: a filled catalogue for the county and each township, and published documents on the
 * seeds' topics, generated from fixed templates so every start produces the same texts.
 */
@Component
class DisclosureDemoData implements DemoData {

    /** Documents for the county and for each township; with interpretations the total is well over 40. */
    private static final int COUNTY_DOCUMENTS = 14;
    private static final int TOWNSHIP_DOCUMENTS = 6;

    private record Topic(String node, String title, String topic, String genre, String keywords, String[] body) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("政策文件", "%s年政务公开工作要点", "综合政务", "通知", "政务公开 工作要点",
                    new String[] {"为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步推进决策、执行、管理、服务、结果公开，现将%s年政务公开工作要点印发给你们，请结合实际认真抓好落实。",
                            "一、围绕稳住经济大盘加强政策公开。及时发布优化营商环境、减税降费、稳岗就业等政策，做好政策解读和回应关切。",
                            "二、加强基层政务公开标准化规范化建设。按照标准目录动态调整公开事项，做到公开内容、依据、时限、主体、方式、渠道、公开对象七要素齐全。",
                            "三、做好依申请公开工作。严格按照条例规定的时限答复，加强与申请人的沟通，提升答复质量。"}),
            new Topic("优化营商环境", "关于持续优化营商环境的若干措施", "国民经济管理、国有资产监管", "意见", "优化营商环境 政务服务 一网通办",
                    new String[] {"为进一步激发市场主体活力，打造市场化、法治化、国际化营商环境，结合本地实际，提出如下措施。",
                            "一、深化“一网通办”改革，推动企业开办、不动产登记等高频事项“一件事一次办”，企业开办时间压缩至1个工作日以内。",
                            "二、推行惠企政策“免申即享”，建立涉企政策集中发布平台，政策兑现资金直达市场主体。",
                            "三、畅通政企沟通渠道，在政务服务中心设立“办不成事”反映窗口，企业诉求限时办结。"}),
            new Topic("涉农补贴", "%s年耕地地力保护补贴发放公告", "农业、林业、水利", "公告", "涉农补贴 耕地地力保护 惠民惠农",
                    new String[] {"根据上级财政、农业农村部门有关文件要求，现将%s年耕地地力保护补贴发放有关事项公告如下。",
                            "一、补贴对象为拥有耕地承包权的种地农民，补贴依据为二轮承包耕地面积，已改变用途的耕地不予补贴。",
                            "二、补贴资金通过惠民惠农财政补贴资金“一卡通”直接发放到户，各村应将补贴面积和金额张榜公示不少于7天。",
                            "三、对公示内容有异议的，可在公示期内向乡镇财政所或农业综合服务中心反映。"}),
            new Topic("社会救助", "关于做好最低生活保障和特困人员救助供养工作的通知", "民政、扶贫、救灾", "通知", "社会救助 最低生活保障 特困供养",
                    new String[] {"为切实保障困难群众基本生活，进一步规范最低生活保障和特困人员救助供养工作，现就有关事项通知如下。",
                            "一、严格执行申请、审核、确认程序，低保对象名单在村（社区）公示栏和政府网站公示，公示时不得泄露个人隐私。",
                            "二、建立低收入人口动态监测机制，对因病、因灾等原因导致基本生活出现困难的家庭及时给予临时救助。",
                            "三、各乡镇（街道）应于每季度终了后10个工作日内公开社会救助资金发放情况。"}),
            new Topic("乡村振兴", "乡村振兴重点项目实施方案", "农业、林业、水利", "方案", "乡村振兴 人居环境 产业发展",
                    new String[] {"为全面推进乡村振兴，加快农业农村现代化，制定本实施方案。",
                            "一、发展特色产业。支持发展茶叶、油茶、果蔬等特色种植，培育农民专业合作社和家庭农场。",
                            "二、整治农村人居环境。推进农村厕所革命、生活垃圾和污水治理，开展村庄清洁行动。",
                            "三、项目资金使用情况按村务公开要求在村公示栏公开，接受群众监督。"}),
            new Topic("村务公开", "关于规范村务公开工作的通知", "综合政务", "通知", "村务公开 三务公开 基层治理",
                    new String[] {"为推进村级党务、村务、财务公开（“三务公开”）规范化，保障村民的知情权、参与权、表达权和监督权，现通知如下。",
                            "一、村务公开栏应设在便于群众观看的地方，一般事项至少每季度公开一次，涉及群众切身利益的事项随时公开。",
                            "二、村级财务收支、集体资产资源处置、惠农补贴发放等情况应逐笔公开。",
                            "三、乡镇应加强对村务公开工作的指导和监督，对公开不及时、不全面的及时督促整改。"}),
            new Topic("回应关切", "关于农村危房改造政策有关问题的答复", "城乡建设、环境保护", "答复", "回应关切 农村危房改造",
                    new String[] {"近期，有群众通过政务服务热线咨询农村危房改造政策，现就有关问题答复如下。",
                            "一、危房改造对象为农村低保户、分散供养特困人员、低保边缘家庭等低收入群体中住房安全没有保障的家庭。",
                            "二、申请程序为农户申请、村级评议、乡镇审核、县级审批，审批结果在村务公开栏公示。"}),
            new Topic("财政信息", "%s年部门预算公开说明", "财政、金融、审计", "报告", "财政预算 三公经费",
                    new String[] {"根据预算法和有关规定，现将本单位%s年部门预算情况公开说明如下。",
                            "一、收支预算总体情况：全部按照量入为出、收支平衡的原则编制。",
                            "二、“三公”经费预算情况：因公出国（境）费为零，公务接待费和公务用车运行维护费较上年有所下降。"}));

    private final Disclosure disclosure;
    private final java.time.Clock clock;

    DisclosureDemoData(Disclosure disclosure, java.time.Clock clock) {
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "disclosure";
    }

    @Override
    public void load() {
        List<String> governments = List.of(DemoCounty.COUNTY, DemoCounty.XIDONG_SUBDISTRICT, DemoCounty.MEILIN_TOWN,
                DemoCounty.SHIQIAO_TOWN, DemoCounty.ZHUSHAN_TOWNSHIP);
        for (String code : governments) {
            load(disclosure.government(code), code.equals(DemoCounty.COUNTY) ? COUNTY_DOCUMENTS : TOWNSHIP_DOCUMENTS);
        }
    }

    private void load(Division government, int count) {
        String code = government.code();
        StaffIdentity officer = new DemoStaff("demo.gongkai", "公开专员", "DISCLOSURE_OFFICER", code);
        StaffIdentity reviewer = new DemoStaff("demo.baomi", "保密审查员", "CONFIDENTIALITY_REVIEWER", code);
        String name = Disclosure.governmentName(government);
        Map<String, Long> nodes = catalogue(code, name, officer);
        String prefix = government.name().substring(0, 1) + (code.equals(DemoCounty.COUNTY) ? "政办发" : "府发");
        LocalDate base = LocalDate.of(2026, 1, 6);
        List<GovDocument> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Topic t = TOPICS.get(i % TOPICS.size());
            int year = 2025 + (i % 2);
            // One document per government ran out at the end of 2025: it shows 失效 without anyone touching it.
            LocalDate expires = i == 3 ? LocalDate.of(2025, 12, 31) : null;
            // Written in the year its title names, early in that year for the annual plans.
            LocalDate written = i == 3 ? LocalDate.of(2025, 3, 3) : base.withYear(year).plusDays(i * 17L % 300);
            String title = name + t.title().formatted(year);
            StringBuilder body = new StringBuilder();
            for (String p : t.body()) {
                body.append("<p>").append(p.formatted(year)).append("</p>");
            }
            body.append("<p>联系单位：").append(name).append("党政办公室，咨询请拨打本级政务服务热线。</p>");
            long node = nodes.getOrDefault(t.node(), nodes.get("政策文件"));
            DocumentDraft draft = new DocumentDraft(title, i % 3 == 2 ? null : prefix + "〔" + written.getYear() + "〕"
                    + (i + 1) + "号", code, written, written, expires, t.topic(), t.genre(), t.keywords(),
                    body.toString(), List.of(node), null, null);
            published.add(publish(draft, officer, reviewer, written.plusDays(4 + i % 5)));
        }
        // Interpretations of the first two policy documents, linked both ways.
        for (int i = 0; i < 2 && i < published.size(); i++) {
            GovDocument policy = published.get(i);
            DocumentDraft draft = new DocumentDraft("一图读懂：" + policy.title(), null, code, policy.writtenOn(), null,
                    null, policy.topic(), "解读", policy.keywords() + " 政策解读",
                    "<p>本文件出台的背景、主要内容和适用对象解读如下。</p><p>" + policy.bodyText() + "</p>",
                    List.of(nodes.get("政策解读")), policy.id(), null);
            publish(draft, officer, reviewer, policy.publishedOn());
        }
        // The county's 村务公开 notice of spring is repealed by the later one on the same matter (documents 5 and 13 share
        // the topic), as an office repeals a document: by another on its subject.
        int later = 5 + TOPICS.size();
        if (code.equals(DemoCounty.COUNTY) && published.size() > later) {
            GovDocument repealing = published.get(later);
            disclosure.repeal(published.get(5).id(), repealing.documentNumber() != null ? repealing.documentNumber()
                    : repealing.title(), officer);
        }
    }

    /**
     * The demo county's documents came from its former website: each keeps the day it was first published there, a
     * few days after it was written (never the day the demo is loaded).
     */
    private GovDocument publish(DocumentDraft draft, StaffIdentity officer, StaffIdentity reviewer,
            LocalDate publishedOn) {
        GovDocument d = disclosure.create(draft, officer);
        disclosure.submit(d.id(), officer);
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        return disclosure.approveMigrated(d.id(), publishedOn.isAfter(yesterday) ? yesterday : publishedOn, reviewer);
    }

    private Map<String, Long> catalogue(String code, String name, StaffIdentity officer) {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (CatalogueNode n : disclosure.catalogue(code)) {
            ids.put(n.name(), n.id());
        }
        String reason = "按照基层政务公开标准目录初始化";
        Long policies = add(ids, code, null, item("政策文件及解读", "本级政府及部门制发的规范性文件、政策文件和解读",
                "《中华人民共和国政府信息公开条例》第二十条", "信息形成或变更之日起20个工作日内", name), reason, officer);
        add(ids, code, policies, item("政策文件", "规范性文件和其他政策文件", "条例第二十条第一项",
                "信息形成或变更之日起20个工作日内", name), reason, officer);
        add(ids, code, policies, item("政策解读", "文字解读、图解、视频解读", "国办发〔2016〕80号",
                "与政策文件同步公开", name), reason, officer);
        for (String domain : List.of("优化营商环境", "涉农补贴", "社会救助", "乡村振兴", "回应关切", "财政信息")) {
            add(ids, code, ids.get("法定主动公开内容"), item(domain, domain + "相关政策、办事指南、实施情况",
                    "基层政务公开标准指引（" + domain + "领域）", "信息形成或变更之日起20个工作日内", name), reason, officer);
        }
        if (!code.equals(DemoCounty.COUNTY)) {
            add(ids, code, null, item("村务公开", "村级党务、村务、财务公开情况", "《村民委员会组织法》第三十条",
                    "一般事项每季度公开一次", name), reason, officer);
        }
        add(ids, code, ids.get("政府信息公开制度"), new CatalogueItem("内部人事管理信息", "内部人事管理、后勤管理信息",
                "条例第十六条第一款", "", name, "", "", "", DisclosureAttribute.EXEMPT, ExemptGround.ART16_INTERNAL),
                reason, officer);
        add(ids, code, ids.get("政府信息公开制度"), new CatalogueItem("依申请公开办理", "依申请公开的受理、答复情况",
                "条例第二十七条至第四十五条", "收到申请之日起20个工作日内答复", name, "依申请", "信函、网络", "申请人",
                DisclosureAttribute.ON_REQUEST, null), reason, officer);
        return ids;
    }

    private Long add(Map<String, Long> ids, String code, Long parent, CatalogueItem item, String reason,
            StaffIdentity officer) {
        long id = disclosure.addNode(code, parent, item, reason, officer).id();
        ids.put(item.name(), id);
        return id;
    }

    private static CatalogueItem item(String name, String content, String basis, String timeLimit, String subject) {
        return new CatalogueItem(name, content, basis, timeLimit, subject, "主动公开", "政府网站、政务公开专区、公开栏",
                "全社会", DisclosureAttribute.PROACTIVE, null);
    }

    /** The demo loader acts as an officer and a reviewer of each government. */
    private record DemoStaff(String username, String displayName, String roleCode, String unitCode)
            implements StaffIdentity {
    }
}
