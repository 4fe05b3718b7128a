package org.doorstep.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.VenueLevel;
import org.doorstep.platform.FieldErrors;
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
}
