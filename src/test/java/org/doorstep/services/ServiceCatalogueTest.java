package org.doorstep.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.VenueLevel;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ServiceCatalogueTest {

    @Autowired
    ServiceCatalogue catalogue;

    @Test
    void everyDemoItemHasACompleteGuide() {
        List<ServiceItem> demo = catalogue.items().stream().filter(i -> i.code().startsWith("QX-")).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(40);
        for (ServiceItem i : demo) {
            assertThat(i.missingGuideElements()).as(i.code()).isEmpty();
            assertThat(i.promisedLimitDays()).as(i.code()).isLessThanOrEqualTo(i.legalLimitDays());
            assertThat(i.has(ServiceFlag.IMMEDIATE)).as(i.code()).isEqualTo(i.promisedLimitDays() == 0);
            assertThat(catalogue.implementations(i.code())).as(i.code()).isNotEmpty();
            assertThat(i.themes()).as(i.code()).isNotEmpty();
        }
        Set<String> departments = demo.stream().map(ServiceItem::departmentCode).collect(Collectors.toSet());
        assertThat(departments).contains(DemoCounty.MARKET_REGULATION, DemoCounty.CIVIL_AFFAIRS,
                DemoCounty.HUMAN_RESOURCES, DemoCounty.MEDICAL_SECURITY, DemoCounty.HOUSING_FUND,
                DemoCounty.NATURAL_RESOURCES, DemoCounty.SERVICES_BUREAU);
        // 实施主体 is the department that holds the power (issue 12 item 13), not the services bureau that hosts the window.
        java.util.Map<String, String> holder = demo.stream()
                .collect(Collectors.toMap(ServiceItem::name, ServiceItem::departmentCode));
        assertThat(holder).containsEntry("公章刻制备案", DemoCounty.PUBLIC_SECURITY)
                .containsEntry("发票申领（新办纳税人）", DemoCounty.TAXATION)
                .containsEntry("户籍证明开具（居住证明）", DemoCounty.PUBLIC_SECURITY)
                .containsEntry("义务教育新生入学报名", DemoCounty.EDUCATION)
                .containsEntry("残疾人证办理", DemoCounty.DISABLED_PERSONS_FEDERATION);
        assertThat(demo).extracting(ServiceItem::name).contains("企业设立登记（有限责任公司）", "食品经营许可（新办）",
                "最低生活保障审核确认", "高龄津贴申领", "住房公积金提取（离退休）", "农村村民宅基地审批",
                "城乡居民基本医疗保险参保登记", "就业登记");
        for (ServiceFlag f : ServiceFlag.values()) {
            assertThat(demo).as(f.label()).anyMatch(i -> i.has(f));
        }
    }

    @Test
    void nearbyItemsAreCarriedOutAtTownshipsAndVillages() {
        List<Implementation> lines = catalogue.implementations("QX-MZ-003");
        assertThat(lines).extracting(Implementation::venueLevel)
                .contains(VenueLevel.CENTER, VenueLevel.TOWN_CENTER, VenueLevel.VILLAGE_STATION);
        assertThat(lines).extracting(Implementation::unitCode)
                .contains(DemoCounty.CIVIL_AFFAIRS, DemoCounty.MEILIN_TOWN, DemoCounty.SHANGFANG_VILLAGE);
        assertThat(catalogue.implementationsAt(DemoCounty.MEILIN_TOWN)).extracting(Implementation::itemCode)
                .contains("QX-MZ-003").doesNotContain("QX-SCJG-003");
    }

    @Test
    void enterpriseStartBundleHasTheFiveItems() {
        Bundle b = catalogue.bundle("QX-YJS-QYKB");
        assertThat(b.itemCodes()).hasSize(5);
        assertThat(b.itemCodes().stream().map(c -> catalogue.item(c).name()).toList()).containsExactly(
                "企业设立登记（有限责任公司）", "公章刻制备案", "发票申领（新办纳税人）", "企业职工社会保险登记",
                "单位住房公积金缴存登记（开户）");
        assertThat(catalogue.bundles()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(catalogue.bundlesWith("QX-RSJ-004")).extracting(Bundle::code).contains("QX-YJS-QYKB");
    }

    @Test
    void savingChecksEveryRuleAtOnceAndStoresNothing() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ServiceItem bad = new ServiceItem(code, " ", ItemType.LICENSING, "361199000000-NOPE", "", ServiceTarget.PERSON,
                "条件", List.of(), List.of(), 5, 9, "不收费", "结果", EnumSet.of(Delivery.WINDOW), "地点", "时间", 1,
                null, "电话", "投诉", List.of(), EnumSet.of(ServiceFlag.ONLINE), EnumSet.noneOf(Theme.class));
        assertThatThrownBy(() -> catalogue.save(bad, List.of()))
                .isInstanceOfSatisfying(FieldErrors.InvalidFieldsException.class, e -> assertThat(e.errors())
                        .containsKeys("name", "departmentCode", "legalBasis", "promisedLimitDays", "materials",
                                "steps", "onlineEntry"));
        assertThat(catalogue.find(code)).isEmpty();
    }

    /** A copy of an item under a new code with other deliveries, visits, flags and online entry. */
    static ServiceItem copy(ServiceItem base, String code, Set<Delivery> deliveries, int visits, Set<ServiceFlag> flags,
            String onlineEntry) {
        return new ServiceItem(code, "测试事项" + code, base.type(), base.departmentCode(), base.legalBasis(),
                base.target(), base.conditions(), base.materials(), base.steps(), base.legalLimitDays(),
                base.promisedLimitDays(), base.fee(), base.result(), deliveries, base.place(), base.hours(), visits,
                onlineEntry, base.consultation(), base.complaint(), base.faqs(), flags, base.themes());
    }

    @Test
    void zeroVisitsMustAgreeWithHowTheItemIsAppliedForAndDeliveredAndTheEntryMustBeAnAddress() {
        ServiceItem base = catalogue.item("QX-MZ-004");
        String online = "https://zwfw.jiangxi.gov.cn/item/1";
        // Window collection only: at least one visit, although everything else is online.
        assertThatThrownBy(() -> catalogue.save(copy(base, "T-V1", EnumSet.of(Delivery.WINDOW), 0,
                EnumSet.of(ServiceFlag.ONLINE), online), List.of()))
                .isInstanceOfSatisfying(FieldErrors.InvalidFieldsException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("visits"));
        // Not applied for online: at least one visit.
        assertThatThrownBy(() -> catalogue.save(copy(base, "T-V2", EnumSet.of(Delivery.POST), 0,
                EnumSet.noneOf(ServiceFlag.class), null), List.of()))
                .isInstanceOfSatisfying(FieldErrors.InvalidFieldsException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("visits"));
        // A placeholder "#" or a script is not an address.
        for (String entry : new String[] {"#", "javascript:alert(1)", "zwfw.example"}) {
            assertThatThrownBy(() -> catalogue.save(copy(base, "T-V3", EnumSet.of(Delivery.POST), 0,
                    EnumSet.of(ServiceFlag.ONLINE), entry), List.of()))
                    .as(entry).isInstanceOfSatisfying(FieldErrors.InvalidFieldsException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys("onlineEntry"));
        }
        // Posted or electronic results: none.
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        catalogue.save(copy(base, code, EnumSet.of(Delivery.WINDOW, Delivery.POST), 0, EnumSet.of(ServiceFlag.ONLINE),
                online), List.of());
        assertThat(catalogue.item(code).visitsShown()).isZero();
    }

    @Test
    void savesAndRereadsAGuideWithItsImplementationList() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ServiceItem base = catalogue.item("QX-MZ-004");
        ServiceItem copy = new ServiceItem(code, "测试事项" + code, base.type(), base.departmentCode(),
                base.legalBasis(), base.target(), base.conditions(), base.materials(), base.steps(),
                base.legalLimitDays(), base.promisedLimitDays(), base.fee(), base.result(), base.deliveries(),
                base.place(), base.hours(), base.visits(), base.onlineEntry(), base.consultation(), base.complaint(),
                base.faqs(), base.flags(), base.themes());
        catalogue.save(copy, List.of(new Implementation(code, DemoCounty.SHIQIAO_TOWN, VenueLevel.TOWN_CENTER)));
        assertThat(catalogue.item(code)).isEqualTo(copy);
        assertThat(catalogue.implementations(code)).containsExactly(
                new Implementation(code, DemoCounty.SHIQIAO_TOWN, VenueLevel.TOWN_CENTER));
    }

    @Test
    void enterpriseStartOrdersItsItemsByTheLicenceAndPromisesHalfAWorkingDay() {
        Bundle b = catalogue.bundle("QX-YJS-QYKB");
        BundleOrder order = BundleOrder.of(b.itemCodes().stream().map(catalogue::item).toList());
        assertThat(order.prerequisitesOf("QX-SCJG-001")).isEmpty();
        for (String waits : List.of("QX-ZWFW-002", "QX-ZWFW-003", "QX-RSJ-004", "QX-GJJ-003")) {
            assertThat(order.prerequisitesOf(waits)).extracting(ServiceItem::code).containsExactly("QX-SCJG-001");
        }
        assertThat(order.producedWithin()).containsExactly("营业执照");
        assertThat(order.circular()).isFalse();
        assertThat(b.promise()).isEqualTo("材料齐全时 0.5 个工作日内办结");
        assertThat(b.clockDays()).isEqualTo(1);
        assertThat(b.facts()).containsKeys("address", "capital", "scope", "employees");
        // 退休: nothing in it issues what another needs, so everything starts at once.
        Bundle retirement = catalogue.bundle("QX-YJS-TX");
        assertThat(retirement.promise()).isEqualTo("材料齐全时 10 个工作日内办结");
        assertThat(BundleOrder.of(retirement.itemCodes().stream().map(catalogue::item).toList()).producedWithin())
                .isEmpty();
    }

    @Test
    void aBundleWhoseItemsNeedEachOthersCertificatesIsRefused() {
        ServiceItem licence = catalogue.item("QX-SCJG-001");
        ServiceItem seal = catalogue.item("QX-ZWFW-002");
        // A licence item that (wrongly) asks for the seal record the other item issues.
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Material> materials = new java.util.ArrayList<>(licence.materials());
        materials.add(new Material(seal.certificateType(), 1, MaterialForm.COPY, "电子", "公安机关核发", false, false,
                true, null));
        ServiceItem circular = new ServiceItem(code, "测试事项" + code, licence.type(), licence.departmentCode(),
                licence.legalBasis(), licence.target(), licence.conditions(), materials, licence.steps(),
                licence.legalLimitDays(), licence.promisedLimitDays(), licence.fee(), licence.result(),
                licence.deliveries(), licence.place(), licence.hours(), licence.visits(), licence.onlineEntry(),
                licence.consultation(), licence.complaint(), licence.faqs(), licence.flags(), licence.themes());
        catalogue.save(circular, List.of(new Implementation(code, licence.departmentCode(), VenueLevel.CENTER)));
        String bundleCode = "T-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> catalogue.saveBundle(new Bundle(bundleCode, "互为前置", "说明", 1,
                List.of(code, seal.code()), Map.of("address", "住所"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("互为前置");
        assertThatThrownBy(() -> catalogue.saveBundle(new Bundle(bundleCode, "时限", "说明", 0,
                List.of(licence.code(), seal.code()), Map.of("bad key", ""))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(catalogue.findBundle(bundleCode)).isEmpty();
    }
}
