package org.doorstep.services.internal;

import static org.doorstep.organization.DemoCounty.CIVIL_AFFAIRS;
import static org.doorstep.organization.DemoCounty.HOUSING_FUND;
import static org.doorstep.organization.DemoCounty.HUMAN_RESOURCES;
import static org.doorstep.organization.DemoCounty.MARKET_REGULATION;
import static org.doorstep.organization.DemoCounty.MEDICAL_SECURITY;
import static org.doorstep.organization.DemoCounty.NATURAL_RESOURCES;
import static org.doorstep.organization.DemoCounty.DISABLED_PERSONS_FEDERATION;
import static org.doorstep.organization.DemoCounty.EDUCATION;
import static org.doorstep.organization.DemoCounty.PUBLIC_SECURITY;
import static org.doorstep.organization.DemoCounty.SERVICES_BUREAU;
import static org.doorstep.organization.DemoCounty.TAXATION;
import static org.doorstep.services.Delivery.ELECTRONIC;
import static org.doorstep.services.Delivery.POST;
import static org.doorstep.services.Delivery.WINDOW;
import static org.doorstep.services.ItemType.BENEFIT;
import static org.doorstep.services.ItemType.CONFIRMATION;
import static org.doorstep.services.ItemType.LICENSING;
import static org.doorstep.services.ItemType.OTHER_POWER;
import static org.doorstep.services.ItemType.PUBLIC_SERVICE;
import static org.doorstep.services.ServiceFlag.CERTIFICATE_FREE;
import static org.doorstep.services.ServiceFlag.COUNTY_WIDE;
import static org.doorstep.services.ServiceFlag.CROSS_REGION;
import static org.doorstep.services.ServiceFlag.INSTANT_APPROVAL;
import static org.doorstep.services.ServiceFlag.NEARBY;
import static org.doorstep.services.ServiceFlag.ONLINE;
import static org.doorstep.services.ServiceTarget.BOTH;
import static org.doorstep.services.ServiceTarget.LEGAL_PERSON;
import static org.doorstep.services.ServiceTarget.PERSON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.VenueLevel;
import org.doorstep.platform.DemoData;
import org.doorstep.services.Bundle;
import org.doorstep.services.Implementation;
import org.doorstep.services.ItemType;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;
import org.doorstep.services.ServiceTarget;
import org.doorstep.services.Theme;
import org.springframework.stereotype.Component;

/**
 * The demo county's service catalogue: items of every county department, the township and village levels they are
 * carried out at, and the bundles 企业开办 and 退休“一件事”. Loaded through the facade, so every demo guide passes
 * the same checks as one an administrator enters.
 */
@Component
class ServicesDemoData implements DemoData {

    static final String CENTER = "青溪县政务服务中心（青溪县溪东街道人民路88号）";
    static final String TOWN = "各乡镇（街道）便民服务中心综合窗口；村（社区）便民服务站可代收代办";

    private final ServiceCatalogue catalogue;
    private final List<ServiceItem> items = new ArrayList<>();

    ServicesDemoData(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "services";
    }

    @Override
    public void load() {
        items.clear();
        market();
        civilAffairs();
        humanResources();
        medicalSecurity();
        housingFund();
        naturalResources();
        servicesBureau();
        for (ServiceItem item : items) {
            catalogue.save(item, implementationsOf(item));
        }
        Map<String, String> firm = new LinkedHashMap<>();
        firm.put("address", "住所（经营场所）");
        firm.put("capital", "注册资本（万元）");
        firm.put("scope", "经营范围");
        firm.put("employees", "参保职工人数");
        catalogue.saveBundle(new Bundle("QX-YJS-QYKB", "企业开办“一件事”",
                "企业名称申报、设立登记、公章刻制、发票申领、社保登记和住房公积金开户一表申请、一次采集，"
                        + "营业执照核发后公章、发票、社保和公积金由各部门凭电子营业执照同步办理，营业执照、公章和发票一次领取。",
                1, List.of("QX-SCJG-001", "QX-ZWFW-002", "QX-ZWFW-003", "QX-RSJ-004", "QX-GJJ-003"), firm));
        catalogue.saveBundle(new Bundle("QX-YJS-TX", "退休“一件事”",
                "职工退休时的养老保险待遇核定、医保退休人员登记和住房公积金退休提取一次申请、并联办理。",
                20, List.of("QX-RSJ-002", "QX-YBJ-004", "QX-GJJ-001"), Map.of("address", "联系地址")));
    }

    /** County-level items at the county centre; 就近办 items also at every township and village venue. */
    private static List<Implementation> implementationsOf(ServiceItem item) {
        List<Implementation> lines = new ArrayList<>();
        lines.add(new Implementation(item.code(), item.departmentCode(), VenueLevel.CENTER));
        if (item.has(NEARBY)) {
            DemoCounty.TOWNSHIPS.forEach(t -> lines.add(new Implementation(item.code(), t, VenueLevel.TOWN_CENTER)));
            DemoCounty.VILLAGES.forEach(v -> lines.add(new Implementation(item.code(), v,
                    VenueLevel.VILLAGE_STATION)));
        }
        return lines;
    }

    private GuideBuilder item(String code, String name, ItemType type, String department, ServiceTarget target,
            String window, String phone) {
        return new GuideBuilder(code, name, type, department, target, CENTER + window,
                "电话 " + phone + "；12345 政务服务便民热线；窗口现场咨询");
    }

    private void add(GuideBuilder b) {
        items.add(b.build());
    }

    private void market() {
        String w = "4号窗口（企业开办专窗）";
        String tel = "0793-0100104";
        add(item("QX-SCJG-001", "企业设立登记（有限责任公司）", LICENSING, MARKET_REGULATION, LEGAL_PERSON, w, tel)
                .basis("《中华人民共和国公司法》；《中华人民共和国市场主体登记管理条例》第十九条")
                .conditions("名称经自主申报通过；股东、注册资本、经营范围、住所等符合法律法规规定；申请材料齐全、符合法定形式。")
                .form("公司登记（备案）申请书").own("公司章程").own("股东的主体资格证明或自然人身份证明")
                .own("法定代表人、董事、监事和经理的任职文件").own("住所使用相关文件")
                .limits(3, 1).result("营业执照（纸质和电子营业执照）").deliveries(WINDOW, POST, ELECTRONIC).visits(0)
                .flags(ONLINE, COUNTY_WIDE, CROSS_REGION).themes(Theme.ENTERPRISE_START, Theme.EMPLOYMENT)
                .faq("没有经营场所能否登记？", "须有住所。可使用自有、租赁房屋；符合条件的可申请住所（经营场所）申报承诺制。"));
        add(item("QX-SCJG-002", "个体工商户设立登记", LICENSING, MARKET_REGULATION, PERSON, w, tel)
                .basis("《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》")
                .conditions("有经营能力的自然人；经营范围不属于禁止经营项目；有固定经营场所。")
                .form("个体工商户登记（备案）申请书").idCard().own("经营场所使用证明")
                .limits(3, 0).result("个体工商户营业执照").deliveries(WINDOW, ELECTRONIC).visits(0)
                .flags(ONLINE, NEARBY, COUNTY_WIDE, INSTANT_APPROVAL).themes(Theme.ENTERPRISE_START, Theme.EMPLOYMENT)
                .faq("个体户能否在村便民服务站申请？", "可以。便民服务站可帮办代办，营业执照可邮寄或到站领取。"));
        add(item("QX-SCJG-003", "食品经营许可（新办）", LICENSING, MARKET_REGULATION, LEGAL_PERSON, w, tel)
                .basis("《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》")
                .conditions("具有与经营的食品品种、数量相适应的经营场所、设备设施、食品安全管理人员和管理制度。")
                .form("食品经营许可申请书").issued("营业执照", "市场监督管理部门").own("经营场所平面图和设备布局图")
                .own("食品安全管理制度文本").limits(10, 5).result("食品经营许可证")
                .deliveries(WINDOW, POST, ELECTRONIC).flags(ONLINE).themes(Theme.PERMITS)
                .step("受理", "企业开办专窗", "核验材料；材料不全的一次性告知", 0)
                .step("现场核查", "县市场监督管理局", "对经营场所进行现场核查", 3)
                .step("决定", "县市场监督管理局", "作出准予或不予许可的决定", 2)
                .step("发证", "出件窗口", "发放许可证，同步生成电子证照", 0)
                .faq("仅销售预包装食品需要许可吗？", "仅销售预包装食品的，实行备案管理，不需要申请许可。"));
        add(item("QX-SCJG-004", "仅销售预包装食品备案", CONFIRMATION, MARKET_REGULATION, BOTH, w, tel)
                .basis("《中华人民共和国食品安全法》第三十五条")
                .conditions("已取得营业执照，经营项目为仅销售预包装食品。")
                .form("仅销售预包装食品经营者备案信息采集表").issued("营业执照", "市场监督管理部门")
                .limits(1, 0).result("备案回执").deliveries(ELECTRONIC, WINDOW).visits(0)
                .flags(ONLINE, NEARBY, INSTANT_APPROVAL, CERTIFICATE_FREE).themes(Theme.PERMITS)
                .faq("备案后多久可以经营？", "当场备案，取得回执即可经营。"));
        add(item("QX-SCJG-005", "企业变更登记", LICENSING, MARKET_REGULATION, LEGAL_PERSON, w, tel)
                .basis("《中华人民共和国市场主体登记管理条例》第二十四条")
                .conditions("变更事项符合法律法规规定，自作出变更决议之日起 30 日内申请。")
                .form("公司登记（备案）申请书").own("变更决议或决定").issued("营业执照", "市场监督管理部门")
                .limits(3, 1).result("变更后的营业执照").deliveries(WINDOW, POST, ELECTRONIC).visits(0)
                .flags(ONLINE, COUNTY_WIDE).themes(Theme.ENTERPRISE_OPERATION)
                .faq("变更法定代表人需要本人到场吗？", "可通过电子签名网上办理，无需到场。"));
        add(item("QX-SCJG-006", "企业注销登记（简易注销）", LICENSING, MARKET_REGULATION, LEGAL_PERSON, w, tel)
                .basis("《中华人民共和国市场主体登记管理条例》第三十三条")
                .conditions("未发生债权债务或已将债权债务清偿完结，公示期 20 日届满无异议。")
                .form("简易注销登记申请书").own("全体投资人承诺书").limits(3, 1).result("准予注销登记通知书")
                .deliveries(ELECTRONIC, WINDOW).visits(0).flags(ONLINE).themes(Theme.ENTERPRISE_CLOSE)
                .faq("公示期内有人提出异议怎么办？", "不得适用简易注销，可按一般注销程序办理。"));
        add(item("QX-SCJG-007", "药品零售企业许可", LICENSING, MARKET_REGULATION, LEGAL_PERSON, w, tel)
                .basis("《中华人民共和国药品管理法》第五十二条")
                .conditions("有依法经过资格认定的药师；有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境。")
                .form("药品经营许可证申请表").issued("营业执照", "市场监督管理部门").own("执业药师注册证")
                .own("营业场所和仓库平面布置图").limits(20, 10).result("药品经营许可证")
                .deliveries(WINDOW, POST).visits(1).themes(Theme.PERMITS)
                .faq("可以先开业再办许可吗？", "不可以。须取得药品经营许可证后方可经营药品。"));
    }

    private void civilAffairs() {
        String w = "综合窗口（1-3号）";
        String tel = "0793-0100113";
        add(item("QX-MZ-001", "最低生活保障审核确认", BENEFIT, CIVIL_AFFAIRS, PERSON, w, tel)
                .basis("《社会救助暂行办法》第九条至第十二条；《最低生活保障审核确认办法》")
                .conditions("持有本县户籍，共同生活的家庭成员人均收入低于当地最低生活保障标准，且财产状况符合规定。")
                .form("最低生活保障申请书").idCard().own("户口簿")
                .form("家庭经济状况核对授权书").optional("残疾证或病历等证明", "家庭成员患重病或残疾的提供")
                .limits(30, 20).result("最低生活保障金（按月发放）及低保证").deliveries(WINDOW)
                .step("受理", "乡镇（街道）便民服务中心", "核验材料，一次性告知补正事项", 0)
                .step("家庭经济状况调查", "乡镇人民政府", "入户调查、邻里访问、信息核对", 10)
                .step("民主评议与公示", "村（社区）", "在村（社区）公示 7 天", 5)
                .step("审核确认", "县民政局", "审核确认并通知申请人，不予确认的说明理由", 5)
                .flags(NEARBY, COUNTY_WIDE).themes(Theme.ASSISTANCE)
                .faq("在外打工的家庭成员收入要算吗？", "共同生活的家庭成员的收入均应计算，包括外出务工收入。"));
        add(item("QX-MZ-002", "特困人员救助供养审核确认", BENEFIT, CIVIL_AFFAIRS, PERSON, w, tel)
                .basis("《社会救助暂行办法》第十四条至第二十条")
                .conditions("老年人、残疾人以及未满 16 周岁的未成年人，无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或义务人无履行能力。")
                .form("特困人员救助供养申请书").idCard().own("户口簿").limits(30, 20)
                .result("特困人员救助供养证及供养金").deliveries(WINDOW).flags(NEARBY).themes(Theme.ASSISTANCE)
                .faq("可以选择集中供养吗？", "可以。生活不能自理的优先安排到敬老院集中供养。"));
        add(item("QX-MZ-003", "高龄津贴申领", BENEFIT, CIVIL_AFFAIRS, PERSON, w, tel)
                .basis("《中华人民共和国老年人权益保障法》；青溪县高龄津贴发放办法")
                .conditions("具有本县户籍、年满 80 周岁的老年人。")
                .form("高龄津贴申请表").idCard().own("户口簿").own("本人社会保障卡或银行账户")
                .limits(20, 5).result("按月发放高龄津贴").deliveries(WINDOW).visits(1)
                .flags(NEARBY, COUNTY_WIDE, CERTIFICATE_FREE, ONLINE).themes(Theme.ELDERLY)
                .faq("老人行动不便怎么办？", "可由家属代办，或预约村（社区）工作人员上门帮办。"));
        add(item("QX-MZ-004", "临时救助申请", BENEFIT, CIVIL_AFFAIRS, PERSON, w, tel)
                .basis("《社会救助暂行办法》第四十七条至第五十条")
                .conditions("因火灾、交通事故等意外事件或重大疾病，导致基本生活暂时出现严重困难的家庭或个人。")
                .form("临时救助申请书").idCard().optional("医疗费用票据", "因病申请的提供")
                .limits(15, 5).result("临时救助金").deliveries(WINDOW).flags(NEARBY, COUNTY_WIDE)
                .themes(Theme.ASSISTANCE).faq("情况紧急能否先救助？", "可以。情况紧急的先行救助，之后补齐手续。"));
        add(item("QX-MZ-005", "困难残疾人生活补贴和重度残疾人护理补贴", BENEFIT, CIVIL_AFFAIRS, PERSON, w, tel)
                .basis("《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）")
                .conditions("持有第二代残疾人证；生活补贴为低保家庭中的残疾人，护理补贴为残疾等级一、二级且需长期照护的残疾人。")
                .form("残疾人两项补贴申请审批表").idCard().issued("第二代残疾人证", "残疾人联合会")
                .limits(20, 10).result("按月发放补贴").deliveries(WINDOW).flags(NEARBY, COUNTY_WIDE, CERTIFICATE_FREE)
                .themes(Theme.DISABILITY).faq("两项补贴可以同时领取吗？", "符合条件的可以同时领取。"));
        add(item("QX-MZ-006", "内地居民结婚登记", CONFIRMATION, CIVIL_AFFAIRS, PERSON, "婚姻登记处", "0793-0100123")
                .basis("《中华人民共和国民法典》第一千零四十九条；《婚姻登记条例》")
                .conditions("男女双方完全自愿，达到法定婚龄，无禁止结婚的情形，双方共同到场。")
                .idCard().own("户口簿（婚姻登记“跨省通办”试点地区可不提供）").own("本人近期半身免冠合影照片 2 张")
                .limits(0, 0).result("结婚证").deliveries(WINDOW).visits(1).flags(CROSS_REGION).themes(Theme.BIRTH)
                .faq("可以在非户籍地登记吗？", "一方在试点地区有经常居住地的，可凭居住证在经常居住地登记。"));
        add(item("QX-MZ-007", "养老机构备案", OTHER_POWER, CIVIL_AFFAIRS, LEGAL_PERSON, w, tel)
                .basis("《中华人民共和国老年人权益保障法》第四十三条；《养老机构管理办法》")
                .conditions("已依法办理法人登记，具备与服务规模相适应的场所、设施和人员。")
                .form("养老机构备案书").own("养老机构承诺书").issued("营业执照或法人登记证书", "登记管理机关")
                .limits(5, 0).result("备案回执").deliveries(WINDOW, ELECTRONIC).visits(0).flags(ONLINE)
                .themes(Theme.ELDERLY, Theme.PERMITS)
                .faq("备案后会检查吗？", "民政部门在备案后 20 个工作日内进行现场检查。"));
    }

    private void humanResources() {
        String w = "5号窗口（社会保障专窗）";
        String tel = "0793-0100105";
        add(item("QX-RSJ-001", "就业登记", PUBLIC_SERVICE, HUMAN_RESOURCES, BOTH, w, tel)
                .basis("《中华人民共和国就业促进法》；《就业服务与就业管理规定》第六十二条")
                .conditions("在法定劳动年龄内、与用人单位建立劳动关系或从事个体经营、灵活就业的劳动者。")
                .idCard().own("劳动合同或营业执照等就业证明").limits(1, 0).result("就业登记记录")
                .deliveries(ELECTRONIC).visits(0).flags(NEARBY, COUNTY_WIDE, ONLINE, INSTANT_APPROVAL)
                .themes(Theme.EMPLOYMENT, Theme.ENTERPRISE_STAFF)
                .faq("单位招用人员后多久要办理？", "用人单位应在录用之日起 30 日内办理就业登记。"));
        add(item("QX-RSJ-002", "城乡居民基本养老保险待遇申领", BENEFIT, HUMAN_RESOURCES, PERSON, w, tel)
                .basis("《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）")
                .conditions("年满 60 周岁、累计缴费满 15 年，且未领取国家规定的基本养老保障待遇的参保人员。")
                .form("城乡居民基本养老保险待遇领取申请表").idCard().own("户口簿").limits(20, 5)
                .result("按月发放养老金").deliveries(WINDOW).flags(NEARBY, COUNTY_WIDE, CERTIFICATE_FREE)
                .themes(Theme.SOCIAL_INSURANCE, Theme.ELDERLY)
                .faq("缴费不满 15 年怎么办？", "可以申请补缴至满 15 年后再申领待遇。"));
        add(item("QX-RSJ-003", "城乡居民基本养老保险参保登记", PUBLIC_SERVICE, HUMAN_RESOURCES, PERSON, w, tel)
                .basis("《中华人民共和国社会保险法》第二十条")
                .conditions("年满 16 周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险覆盖范围的城乡居民。")
                .form("城乡居民基本养老保险参保登记表").idCard().limits(1, 0).result("参保登记记录")
                .deliveries(ELECTRONIC).visits(0).flags(NEARBY, COUNTY_WIDE, ONLINE, CERTIFICATE_FREE)
                .themes(Theme.SOCIAL_INSURANCE).faq("可以在村里办理吗？", "可以，村（社区）便民服务站可直接办理。"));
        add(item("QX-RSJ-004", "企业职工社会保险登记", PUBLIC_SERVICE, HUMAN_RESOURCES, LEGAL_PERSON, w, tel)
                .basis("《中华人民共和国社会保险法》第五十七条；《社会保险费征缴暂行条例》")
                .conditions("依法设立的用人单位，自成立之日起 30 日内申请。")
                .issued("营业执照", "市场监督管理部门").form("社会保险登记表").limits(1, 0).result("社会保险登记证明")
                .deliveries(ELECTRONIC).visits(0).flags(ONLINE, CERTIFICATE_FREE, COUNTY_WIDE)
                .themes(Theme.ENTERPRISE_START, Theme.ENTERPRISE_STAFF)
                .faq("企业开办时能一起办吗？", "可以，在企业开办“一件事”中随营业执照一并办理，无需另行申请。"));
        add(item("QX-RSJ-005", "失业保险金申领", BENEFIT, HUMAN_RESOURCES, PERSON, w, tel)
                .basis("《中华人民共和国社会保险法》第四十五条；《失业保险条例》")
                .conditions("失业前用人单位和本人已缴纳失业保险费满一年；非因本人意愿中断就业；已进行失业登记并有求职要求。")
                .idCard().issued("解除或终止劳动关系证明", "原用人单位").own("本人社会保障卡").limits(10, 1)
                .result("按月发放失业保险金").deliveries(WINDOW).visits(1).flags(ONLINE, COUNTY_WIDE, CROSS_REGION)
                .themes(Theme.EMPLOYMENT, Theme.SOCIAL_INSURANCE)
                .faq("领取失业保险金期间医保怎么办？", "领取期间由失业保险基金代缴基本医疗保险费。"));
        add(item("QX-RSJ-006", "社会保障卡申领", PUBLIC_SERVICE, HUMAN_RESOURCES, PERSON, w, tel)
                .basis("《社会保障卡管理办法》").conditions("已参加社会保险的人员。").idCard()
                .own("本人近期免冠照片（可现场拍摄）").limits(5, 0).result("社会保障卡")
                .deliveries(WINDOW, POST).flags(NEARBY, COUNTY_WIDE).themes(Theme.SOCIAL_INSURANCE)
                .faq("社保卡丢了怎么办？", "先挂失，再到银行网点或便民服务中心补办，可即时制卡。"));
        add(item("QX-RSJ-007", "创业担保贷款申请", PUBLIC_SERVICE, HUMAN_RESOURCES, BOTH, w, tel)
                .basis("《创业担保贷款实施办法》（财金〔2020〕21号）")
                .conditions("城镇登记失业人员、返乡创业农民工、高校毕业生等符合条件的创业人员，已办理营业执照。")
                .form("创业担保贷款申请表").idCard().issued("营业执照", "市场监督管理部门").own("创业项目计划书")
                .limits(15, 10).result("贷款审核意见").deliveries(WINDOW).themes(Theme.EMPLOYMENT)
                .faq("个人最高能贷多少？", "个人创业担保贷款最高 30 万元，按规定享受贴息。"));
    }

    private void medicalSecurity() {
        String w = "6号窗口（医疗保障专窗）";
        String tel = "0793-0100106";
        add(item("QX-YBJ-001", "城乡居民基本医疗保险参保登记", PUBLIC_SERVICE, MEDICAL_SECURITY, PERSON, w, tel)
                .basis("《中华人民共和国社会保险法》第二十五条")
                .conditions("未参加职工基本医疗保险的本县城乡居民。").idCard().own("户口簿或居住证")
                .limits(1, 0).result("参保登记记录").deliveries(ELECTRONIC).visits(0)
                .flags(NEARBY, COUNTY_WIDE, ONLINE, CERTIFICATE_FREE, INSTANT_APPROVAL).themes(Theme.MEDICAL, Theme.BIRTH)
                .faq("新生儿怎么参保？", "出生后 90 天内凭出生医学证明办理参保，自出生之日起享受待遇。"));
        add(item("QX-YBJ-002", "异地就医备案", PUBLIC_SERVICE, MEDICAL_SECURITY, PERSON, w, tel)
                .basis("《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）")
                .conditions("异地安置退休、异地长期居住、常驻异地工作或异地转诊的参保人员。")
                .form("异地就医备案表").idCard().limits(1, 0).result("备案记录").deliveries(ELECTRONIC).visits(0)
                .flags(ONLINE, CROSS_REGION, INSTANT_APPROVAL).themes(Theme.MEDICAL)
                .faq("备案后多久生效？", "备案即时生效，可在备案地直接结算。"));
        add(item("QX-YBJ-003", "门诊慢特病待遇认定", CONFIRMATION, MEDICAL_SECURITY, PERSON, w, tel)
                .basis("《江西省基本医疗保险门诊慢特病管理办法》")
                .conditions("患有门诊慢特病病种目录内疾病的参保人员。").form("门诊慢特病待遇认定申请表").idCard()
                .issued("二级及以上医院诊断证明和相关检查报告", "医疗机构").limits(15, 10).result("待遇认定结果")
                .deliveries(ELECTRONIC, WINDOW).flags(NEARBY, COUNTY_WIDE).themes(Theme.MEDICAL)
                .faq("认定结果多久有效？", "除部分病种需定期复审外，长期有效。"));
        add(item("QX-YBJ-004", "医疗保险关系转移接续", PUBLIC_SERVICE, MEDICAL_SECURITY, PERSON, w, tel)
                .basis("《流动就业人员基本医疗保障关系转移接续暂行办法》").conditions("跨统筹地区流动就业的参保人员。")
                .form("基本医疗保障参保（合）凭证").idCard().limits(15, 5).result("转移接续完成").deliveries(ELECTRONIC)
                .visits(0).flags(ONLINE, CROSS_REGION).themes(Theme.MEDICAL, Theme.EMPLOYMENT)
                .faq("转移期间能报销吗？", "转移接续期间发生的医疗费用，可在接续后按规定报销。"));
        add(item("QX-YBJ-005", "零星医疗费用报销", BENEFIT, MEDICAL_SECURITY, PERSON, w, tel)
                .basis("《中华人民共和国社会保险法》第二十八条").conditions("因急诊、异地就医未能直接结算的参保人员。")
                .idCard().own("医疗费用票据原件").own("费用明细清单").own("出院小结").limits(30, 20)
                .result("医疗费用报销到账").deliveries(WINDOW).flags(NEARBY, COUNTY_WIDE).themes(Theme.MEDICAL)
                .faq("报销款打到哪里？", "打入参保人本人社会保障卡金融账户。"));
    }

    private void housingFund() {
        String w = "8号窗口（住房公积金专窗）";
        String tel = "0793-0100108";
        add(item("QX-GJJ-001", "住房公积金提取（离退休）", PUBLIC_SERVICE, HOUSING_FUND, PERSON, w, tel)
                .basis("《住房公积金管理条例》第二十四条").conditions("职工离休、退休的。").idCard()
                .issued("退休审批表或退休证", "人力资源和社会保障部门").limits(3, 0).result("公积金转入本人银行账户")
                .deliveries(ELECTRONIC).visits(0).flags(ONLINE, COUNTY_WIDE, CERTIFICATE_FREE).themes(Theme.HOUSING)
                .faq("退休后账户里的钱能一次取完吗？", "可以一次性提取全部余额并销户。"));
        add(item("QX-GJJ-002", "住房公积金提取（购买自住住房）", PUBLIC_SERVICE, HOUSING_FUND, PERSON, w, tel)
                .basis("《住房公积金管理条例》第二十四条").conditions("购买、建造、翻建、大修自住住房的缴存职工。")
                .idCard().issued("购房合同和购房发票或不动产权证书", "不动产登记机构").own("本人银行卡")
                .limits(3, 0).result("公积金转入本人银行账户").deliveries(ELECTRONIC).visits(0)
                .flags(ONLINE, COUNTY_WIDE, CROSS_REGION).themes(Theme.HOUSING)
                .faq("配偶能一起提取吗？", "可以，配偶携带结婚证一并申请。"));
        add(item("QX-GJJ-003", "单位住房公积金缴存登记（开户）", PUBLIC_SERVICE, HOUSING_FUND, LEGAL_PERSON, w, tel)
                .basis("《住房公积金管理条例》第十四条").conditions("新设立的单位，自设立之日起 30 日内办理。")
                .issued("营业执照", "市场监督管理部门").form("单位缴存登记表").limits(3, 0).result("单位公积金账户")
                .deliveries(ELECTRONIC).visits(0).flags(ONLINE, CERTIFICATE_FREE).themes(Theme.ENTERPRISE_START)
                .faq("企业开办时能一起开户吗？", "可以，在企业开办“一件事”中一并办理。"));
        add(item("QX-GJJ-004", "住房公积金个人住房贷款", PUBLIC_SERVICE, HOUSING_FUND, PERSON, w, tel)
                .basis("《住房公积金管理条例》第二十六条")
                .conditions("连续足额缴存住房公积金 6 个月以上，购买自住住房，有稳定收入和还款能力。")
                .form("住房公积金个人住房贷款申请表").idCard().issued("购房合同", "房地产开发企业")
                .own("婚姻状况证明").limits(15, 10).result("借款合同和放款").deliveries(WINDOW).visits(2)
                .themes(Theme.HOUSING)
                .faq("贷款额度怎么算？", "按缴存余额倍数、还款能力和房价比例计算，取三者最低值，最高不超过规定上限。"));
        add(item("QX-GJJ-005", "住房公积金缴存证明打印", PUBLIC_SERVICE, HOUSING_FUND, PERSON, w, tel)
                .basis("《住房公积金管理条例》").conditions("住房公积金缴存职工。").idCard().limits(0, 0)
                .result("缴存证明").deliveries(ELECTRONIC, WINDOW).visits(0)
                .flags(ONLINE, NEARBY, COUNTY_WIDE, CROSS_REGION).themes(Theme.HOUSING)
                .faq("网上打印的证明有效吗？", "带电子签章的证明与窗口打印的效力相同。"));
    }

    private void naturalResources() {
        String w = "7号窗口（不动产登记专窗）";
        String tel = "0793-0100107";
        add(item("QX-ZRZY-001", "农村村民宅基地审批", LICENSING, NATURAL_RESOURCES, PERSON, w, tel)
                .basis("《中华人民共和国土地管理法》第六十二条；《农村宅基地管理暂行办法》")
                .conditions("本集体经济组织成员，以户为单位，符合一户一宅，符合国土空间规划和村庄规划。")
                .form("农村宅基地和建房（规划许可）申请表").idCard().own("户口簿").form("农村宅基地使用承诺书")
                .own("建房设计图或通用图").issued("村民小组会议和村级组织审查意见", "村民委员会")
                .limits(20, 15).result("农村宅基地批准书和乡村建设规划许可证").deliveries(WINDOW)
                .step("申请", "村（社区）", "农户向村民小组提出申请，村民小组会议讨论并公示", 5)
                .step("受理", "乡镇便民服务中心", "核验材料，一次性告知补正事项", 0)
                .step("联审和实地审查", "乡镇人民政府会同自然资源、农业农村等部门", "实地查看选址、审查用地和规划", 7)
                .step("审批", "乡镇人民政府", "作出批准或不予批准的决定，不予批准的说明理由", 3)
                .step("放样和验收", "乡镇人民政府", "开工前实地丈量批放，竣工后验收", 0)
                .flags(NEARBY).themes(Theme.RURAL, Theme.PROPERTY)
                .faq("原有宅基地未退出能否再申请？", "不能。出卖、出租、赠与住宅后再申请宅基地的，不予批准。"));
        add(item("QX-ZRZY-002", "国有建设用地使用权及房屋所有权转移登记", CONFIRMATION, NATURAL_RESOURCES, BOTH, w, tel)
                .basis("《中华人民共和国民法典》第二百零九条；《不动产登记暂行条例》")
                .conditions("不动产已办理首次登记，权属清楚，买卖双方共同申请。")
                .form("不动产登记申请书").idCard().issued("不动产权证书", "不动产登记机构").own("买卖合同")
                .issued("完税凭证", "税务部门").limits(30, 3).fee("住宅每件 80 元，非住宅每件 550 元（依据发改价格规〔2016〕2559号）")
                .result("不动产权证书（电子证照同步生成）").deliveries(WINDOW, POST, ELECTRONIC)
                .flags(COUNTY_WIDE).themes(Theme.PROPERTY, Theme.HOUSING)
                .faq("交易、缴税和登记要跑几个窗口？", "在不动产登记专窗“一窗受理”，交易、缴税、登记一次办结。"));
        add(item("QX-ZRZY-003", "不动产抵押权登记", CONFIRMATION, NATURAL_RESOURCES, BOTH, w, tel)
                .basis("《中华人民共和国民法典》第三百九十五条；《不动产登记暂行条例》")
                .conditions("抵押人和抵押权人共同申请，抵押财产权属清楚。")
                .form("不动产登记申请书").issued("不动产权证书", "不动产登记机构").own("抵押合同和主债权合同")
                .limits(30, 1).fee("每件 80 元").result("不动产登记证明").deliveries(ELECTRONIC, WINDOW).visits(0)
                .flags(ONLINE).themes(Theme.PROPERTY)
                .faq("银行能直接帮我办吗？", "已入驻“登记+金融”服务的银行网点可直接代办，无需到登记大厅。"));
        add(item("QX-ZRZY-004", "不动产登记资料查询", PUBLIC_SERVICE, NATURAL_RESOURCES, BOTH, w, tel)
                .basis("《不动产登记资料查询暂行办法》").conditions("权利人、利害关系人及有关国家机关。")
                .idCard().form("不动产登记资料查询申请书").limits(0, 0).result("查询结果证明")
                .deliveries(WINDOW, ELECTRONIC).visits(0).flags(ONLINE, NEARBY, COUNTY_WIDE).themes(Theme.PROPERTY)
                .faq("能查别人的房产吗？", "不能。利害关系人只能查询与其利害关系相关的不动产登记结果。"));
        add(item("QX-ZRZY-005", "乡村建设规划许可", LICENSING, NATURAL_RESOURCES, BOTH, w, tel)
                .basis("《中华人民共和国城乡规划法》第四十一条")
                .conditions("在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设或农村村民住宅建设。")
                .form("乡村建设规划许可申请表").own("建设工程设计方案").own("土地权属证明").limits(20, 10)
                .result("乡村建设规划许可证").deliveries(WINDOW).flags(NEARBY).themes(Theme.RURAL)
                .faq("农村建房需要单独办理吗？", "农村村民住宅在宅基地审批时一并核发，无需单独申请。"));
    }

    private void servicesBureau() {
        String w = "综合窗口（1-3号）";
        String tel = "0793-0100101";
        add(item("QX-ZWFW-001", "企业名称自主申报", CONFIRMATION, SERVICES_BUREAU, LEGAL_PERSON, w, tel)
                .basis("《企业名称登记管理规定》；《企业名称登记管理规定实施办法》")
                .conditions("拟设立企业的投资人，名称符合企业名称禁限用规则。")
                .own("拟申报名称及投资人信息").limits(1, 0).result("名称自主申报告知书")
                .deliveries(ELECTRONIC).visits(0).flags(ONLINE, INSTANT_APPROVAL).themes(Theme.ENTERPRISE_START)
                .faq("名称保留多久？", "自主申报的名称保留期为 2 个月。"));
        add(item("QX-ZWFW-002", "公章刻制备案", OTHER_POWER, PUBLIC_SECURITY, LEGAL_PERSON, w, tel)
                .basis("《印铸刻字业暂行管理规则》；《国务院关于第六批取消和调整行政审批项目的决定》（国发〔2012〕52号）")
                .conditions("已取得营业执照的企业，在本县公章刻制企业刻制首套印章。")
                .issued("营业执照", "市场监督管理部门").own("法定代表人身份证明").limits(1, 0)
                .fee("新开办企业首套印章由县财政免费提供").result("企业印章及刻制备案信息").deliveries(WINDOW, POST)
                .visits(0).flags(ONLINE, CERTIFICATE_FREE).themes(Theme.ENTERPRISE_START)
                .faq("印章可以邮寄吗？", "可以，选择邮寄的由企业开办专窗免费寄递。"));
        add(item("QX-ZWFW-003", "发票申领（新办纳税人）", PUBLIC_SERVICE, TAXATION, LEGAL_PERSON, w, tel)
                .basis("《中华人民共和国发票管理办法》第十五条")
                .conditions("已办理涉税信息确认的新办纳税人（在县政务服务中心税务综合窗口统一受理）。")
                .issued("营业执照", "市场监督管理部门").form("发票领用申请（新办纳税人套餐）").limits(1, 0)
                .result("发票（含数电发票授信额度）").deliveries(WINDOW, ELECTRONIC).visits(0)
                .flags(ONLINE, CERTIFICATE_FREE).themes(Theme.ENTERPRISE_START)
                .faq("首次能领多少发票？", "新办纳税人按“套餐”核定首次领用数量，数电发票按授信额度开具。"));
        add(item("QX-ZWFW-004", "政务服务“好差评”差评回访核实", PUBLIC_SERVICE, SERVICES_BUREAU, BOTH, w, tel)
                .basis("《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号）")
                .conditions("对政务服务作出“不满意”或“非常不满意”评价的企业和群众。")
                .own("差评内容和联系方式").limits(5, 3).result("回访核实和整改情况反馈").deliveries(ELECTRONIC)
                .visits(0).flags(ONLINE).themes(Theme.ENTERPRISE_OPERATION)
                .faq("差评会被删除吗？", "不会。差评经核实整改后结果公开，恶意差评可申诉复核。"));
        add(item("QX-ZWFW-005", "帮办代办服务预约", PUBLIC_SERVICE, SERVICES_BUREAU, BOTH, w, tel)
                .basis("《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号）；青溪县帮办代办工作规范")
                .conditions("老年人、残疾人等行动不便的群众，或重点项目企业。")
                .own("需办理事项和联系方式").limits(1, 0).result("帮办代办专员联系办理").deliveries(WINDOW, POST)
                .visits(0).flags(ONLINE, NEARBY, COUNTY_WIDE).themes(Theme.ELDERLY, Theme.DISABILITY)
                .faq("帮办代办收费吗？", "不收费。帮办代办专员全程免费服务。"));
        add(item("QX-ZWFW-006", "户籍证明开具（居住证明）", CONFIRMATION, PUBLIC_SECURITY, PERSON, w, tel)
                .basis("《居住证暂行条例》").conditions("在本县居住的群众因办事需要证明居住情况。")
                .idCard().limits(1, 0).result("居住证明").deliveries(WINDOW, ELECTRONIC).flags(NEARBY, COUNTY_WIDE)
                .themes(Theme.EDUCATION).faq("能否免于提交？", "能通过数据共享核验的，办事时免于提交本证明。"));
        add(item("QX-ZWFW-007", "义务教育新生入学报名", PUBLIC_SERVICE, EDUCATION, PERSON, w, tel)
                .basis("《中华人民共和国义务教育法》第十二条")
                .conditions("适龄儿童，户籍或父母居住地在学区范围内。").idCard().own("户口簿")
                .optional("居住证或不动产权证书", "非本县户籍的提供").limits(10, 5).result("入学通知")
                .deliveries(ELECTRONIC).visits(0).flags(ONLINE, CERTIFICATE_FREE).themes(Theme.EDUCATION)
                .faq("报名后能改学校吗？", "按学区统一安排，特殊情况向县教育主管部门申请。"));
        add(item("QX-ZWFW-008", "出生医学证明和户口登记等出生“一件事”受理", PUBLIC_SERVICE, SERVICES_BUREAU, PERSON,
                w, tel)
                .basis("《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号）")
                .conditions("在本县出生的新生儿的父母。").issued("出生医学证明", "助产医疗机构").idCard()
                .own("结婚证").limits(5, 3).result("户口登记、医保参保和社保卡同步办结").deliveries(WINDOW, POST)
                .visits(0).flags(ONLINE, COUNTY_WIDE).themes(Theme.BIRTH)
                .faq("需要分别到派出所、医保、社保跑吗？", "不需要，一次申请，各部门并联办理。"));
        add(item("QX-ZWFW-009", "老年人优待证办理", PUBLIC_SERVICE, SERVICES_BUREAU, PERSON, w, tel)
                .basis("《中华人民共和国老年人权益保障法》第五十七条").conditions("年满 60 周岁的老年人。")
                .idCard().own("近期免冠照片（可现场拍摄）").limits(1, 0).result("老年人优待证")
                .deliveries(WINDOW, ELECTRONIC).flags(NEARBY, COUNTY_WIDE).themes(Theme.ELDERLY)
                .faq("外地老人能办吗？", "常住本县的外地老年人凭居住证同样可以办理。"));
        add(item("QX-ZWFW-010", "农业补贴资金查询和发放确认", PUBLIC_SERVICE, SERVICES_BUREAU, PERSON, w, tel)
                .basis("《财政部 农业农村部关于实施耕地地力保护补贴的通知》").conditions("享受各类惠农补贴的农户。")
                .idCard().limits(0, 0).result("补贴发放明细").deliveries(WINDOW, ELECTRONIC).visits(0)
                .flags(ONLINE, NEARBY, COUNTY_WIDE).themes(Theme.RURAL)
                .faq("补贴没到账怎么办？", "到村便民服务站查询，或拨打 12345 反映，限期答复。"));
        add(item("QX-ZWFW-011", "残疾人证办理", CONFIRMATION, DISABLED_PERSONS_FEDERATION, PERSON, w, tel)
                .basis("《中华人民共和国残疾人保障法》；《中华人民共和国残疾人证管理办法》")
                .conditions("符合残疾标准的本县户籍居民。").form("残疾人证申请表").idCard().own("户口簿")
                .own("近期免冠照片 2 张").limits(30, 15).result("第二代残疾人证").deliveries(WINDOW, POST)
                .flags(NEARBY, COUNTY_WIDE).themes(Theme.DISABILITY)
                .faq("行动不便无法到医院评定怎么办？", "可申请评残医生上门评定。"));
    }
}
