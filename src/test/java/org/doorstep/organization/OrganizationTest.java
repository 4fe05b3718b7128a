package org.doorstep.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The facade over the demo county (loaded in tests). MockMvc is configured only to share one test context. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationTest {

    @Autowired
    Organization organization;

    @Test
    void theDemoCountyHasTownshipsOneOfThemASubdistrictAndVillagesAndCommunities() {
        Division county = organization.division(DemoCounty.COUNTY).orElseThrow();
        assertThat(county.name()).isEqualTo("青溪县");
        assertThat(county.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(county.parentCode()).isNull();

        List<Division> townships = organization.children(DemoCounty.COUNTY);
        assertThat(townships).extracting(Division::code).containsExactlyElementsOf(DemoCounty.TOWNSHIPS);
        assertThat(townships).allMatch(t -> t.level() == DivisionLevel.TOWNSHIP);
        assertThat(townships).filteredOn(Division::urban).extracting(Division::typeLabel).containsExactly("街道");

        List<Division> villages = townships.stream().flatMap(t -> organization.children(t.code()).stream()).toList();
        assertThat(villages).extracting(Division::code).containsExactlyInAnyOrderElementsOf(DemoCounty.VILLAGES);
        assertThat(villages).extracting(Division::typeLabel).contains("村", "社区");
        assertThat(villages).allMatch(v -> v.code().startsWith(v.parentCode().substring(0, 9)));
        assertThat(organization.children(DemoCounty.SHANGFANG_VILLAGE)).isEmpty();
        assertThat(organization.path(DemoCounty.SHANGFANG_VILLAGE)).extracting(Division::name)
                .containsExactly("青溪县", "梅林镇", "上坊村");
    }

    @Test
    void everyPublishedDemoCodeExists() throws IllegalAccessException {
        for (Field f : DemoCounty.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String code = (String) f.get(null);
                assertThat(organization.unit(code)).as(f.getName() + " = " + code).isPresent();
            }
        }
    }

    @Test
    void theDemoCountyHasDepartmentsWithOrganCodesAndVenuesAtAllFourLevels() {
        List<Department> departments = organization.departments(DemoCounty.COUNTY);
        assertThat(departments).hasSizeGreaterThanOrEqualTo(6);
        assertThat(departments).extracting(Department::name).contains("青溪县市场监督管理局", "青溪县民政局",
                "青溪县政务服务管理局", "青溪县医疗保障局");
        assertThat(departments).allMatch(d -> d.organCode().matches("[0-9A-Z]{9}"));
        assertThat(organization.department(DemoCounty.MARKET_REGULATION)).get()
                .extracting(Department::organCode).isEqualTo("361199012");
        assertThat(organization.departmentByOrganCode("361199012")).get().extracting(Department::code)
                .isEqualTo(DemoCounty.MARKET_REGULATION);
        assertThat(organization.departments(DemoCounty.MEILIN_TOWN)).isNotEmpty();

        List<Venue> venues = organization.venuesWithin(DemoCounty.COUNTY);
        assertThat(venues).extracting(Venue::level).contains(VenueLevel.values());
        assertThat(organization.venues(DemoCounty.COUNTY)).extracting(Venue::level).containsExactly(VenueLevel.CENTER);
        for (String township : DemoCounty.TOWNSHIPS) {
            assertThat(organization.venues(township)).extracting(Venue::level).contains(VenueLevel.TOWN_CENTER);
        }
        assertThat(venues).filteredOn(v -> v.level() == VenueLevel.VILLAGE_STATION).hasSizeGreaterThanOrEqualTo(3);
        assertThat(organization.venuesWithin(DemoCounty.MEILIN_TOWN))
                .allMatch(v -> v.divisionCode().startsWith("361199101"));
    }

    @Test
    void theCentersHaveComprehensiveAndDedicatedWindowsInNumberOrder() {
        List<Window> windows = organization.windows(DemoCounty.COUNTY_CENTER);
        assertThat(windows).extracting(Window::number).isSorted().contains(1, 9);
        assertThat(windows).extracting(Window::kind).contains(WindowKind.COMPREHENSIVE, WindowKind.DEDICATED);
        assertThat(organization.window(DemoCounty.COUNTY_CENTER_MARKET_WINDOW)).get()
                .extracting(Window::departmentCode).isEqualTo(DemoCounty.MARKET_REGULATION);
        assertThat(windows.get(0).numberLabel()).isEqualTo("1号窗口");
        for (String township : DemoCounty.TOWNSHIPS) {
            Venue center = organization.venues(township).stream().filter(v -> v.level() == VenueLevel.TOWN_CENTER)
                    .findFirst().orElseThrow();
            assertThat(organization.windows(center.code())).extracting(Window::kind).contains(WindowKind.COMPREHENSIVE);
        }
    }

    @Test
    void gridsBelongToVillagesAndHaveWorkersLabelledByGridWithFictionalPhones() {
        List<Grid> grids = organization.grids(DemoCounty.CHENGDONG_COMMUNITY);
        assertThat(grids).hasSize(3).allMatch(g -> g.code().startsWith(DemoCounty.CHENGDONG_COMMUNITY));
        List<GridWorker> workers = organization.gridWorkers(DemoCounty.CHENGDONG_GRID_1);
        assertThat(workers).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("城东社区第1网格网格员");
            assertThat(w.phone()).startsWith("1380000");
            assertThat(w.maskedPhone()).isEqualTo("138****0001");
        });
    }

    @Test
    void aDivisionIsWithinItselfAndItsAncestors() {
        assertThat(organization.isWithin(DemoCounty.SHANGFANG_VILLAGE, DemoCounty.SHANGFANG_VILLAGE)).isTrue();
        assertThat(organization.isWithin(DemoCounty.SHANGFANG_VILLAGE, DemoCounty.MEILIN_TOWN)).isTrue();
        assertThat(organization.isWithin(DemoCounty.SHANGFANG_VILLAGE, DemoCounty.COUNTY)).isTrue();
        assertThat(organization.isWithin(DemoCounty.MEILIN_TOWN, DemoCounty.COUNTY)).isTrue();
        assertThat(organization.isWithin(DemoCounty.SHANGFANG_VILLAGE, DemoCounty.SHIQIAO_TOWN)).isFalse();
        assertThat(organization.isWithin(DemoCounty.COUNTY, DemoCounty.MEILIN_TOWN)).isFalse();
        assertThat(organization.isWithin(DemoCounty.MEILIN_TOWN, DemoCounty.SHANGFANG_VILLAGE)).isFalse();
        assertThat(organization.isWithin(DemoCounty.SHANGFANG_VILLAGE, DemoCounty.FENGSHU_VILLAGE)).isFalse();
    }

    @Test
    void departmentsVenuesWindowsAndGridsAreWithinTheirDivisionsAndAncestors() {
        assertThat(organization.isWithin(DemoCounty.MARKET_REGULATION, DemoCounty.COUNTY)).isTrue();
        assertThat(organization.isWithin(DemoCounty.MARKET_REGULATION, DemoCounty.MEILIN_TOWN)).isFalse();
        assertThat(organization.isWithin(DemoCounty.MEILIN_GOVERNMENT, DemoCounty.MEILIN_TOWN)).isTrue();
        assertThat(organization.isWithin(DemoCounty.MEILIN_GOVERNMENT, DemoCounty.COUNTY)).isTrue();
        assertThat(organization.isWithin(DemoCounty.MEILIN_GOVERNMENT, DemoCounty.SHIQIAO_TOWN)).isFalse();
        assertThat(organization.isWithin(DemoCounty.SHANGFANG_STATION, DemoCounty.MEILIN_TOWN)).isTrue();
        assertThat(organization.isWithin(DemoCounty.MEILIN_CENTER_WINDOW_1, DemoCounty.MEILIN_TOWN)).isTrue();
        assertThat(organization.isWithin(DemoCounty.MEILIN_CENTER_WINDOW_1, DemoCounty.XIDONG_SUBDISTRICT)).isFalse();
        assertThat(organization.isWithin(DemoCounty.CHENGDONG_GRID_1, DemoCounty.XIDONG_SUBDISTRICT)).isTrue();
        assertThat(organization.isWithin(DemoCounty.CHENGDONG_GRID_1, DemoCounty.CHENGNAN_COMMUNITY)).isFalse();
    }

    @Test
    void windowsAreWithinTheirVenueAndADedicatedWindowWithinItsDepartment() {
        assertThat(organization.isWithin(DemoCounty.COUNTY_CENTER_MARKET_WINDOW, DemoCounty.COUNTY_CENTER)).isTrue();
        assertThat(organization.isWithin(DemoCounty.COUNTY_CENTER_MARKET_WINDOW, DemoCounty.MARKET_REGULATION)).isTrue();
        assertThat(organization.isWithin(DemoCounty.COUNTY_CENTER_WINDOW_1, DemoCounty.MARKET_REGULATION)).isFalse();
        assertThat(organization.isWithin(DemoCounty.MEILIN_CENTER_WINDOW_1, DemoCounty.COUNTY_CENTER)).isFalse();
        assertThat(organization.isWithin(DemoCounty.MARKET_REGULATION, DemoCounty.COUNTY_CENTER_MARKET_WINDOW)).isFalse();
        assertThat(organization.isWithin(DemoCounty.MARKET_REGULATION, DemoCounty.MARKET_REGULATION)).isTrue();
    }

    @Test
    void unknownCodesAreWithinNothing() {
        assertThat(organization.isWithin("369999000000", DemoCounty.COUNTY)).isFalse();
        assertThat(organization.isWithin(DemoCounty.COUNTY, "369999000000")).isFalse();
        assertThat(organization.isWithin("369999000000", "369999000000")).isFalse();
        assertThat(organization.isWithin(null, DemoCounty.COUNTY)).isFalse();
        assertThat(organization.isWithin(DemoCounty.COUNTY, null)).isFalse();
        assertThat(organization.isWithin("361199000000-NOPE", DemoCounty.COUNTY)).isFalse();
    }

    @Test
    void unitsNameTheirKindAndDivision() {
        assertThat(organization.unit(DemoCounty.MEILIN_TOWN)).contains(
                new OrgUnit(DemoCounty.MEILIN_TOWN, "梅林镇", UnitKind.TOWNSHIP, DemoCounty.MEILIN_TOWN));
        assertThat(organization.unit(DemoCounty.MARKET_REGULATION)).contains(
                new OrgUnit(DemoCounty.MARKET_REGULATION, "青溪县市场监督管理局", UnitKind.DEPARTMENT, DemoCounty.COUNTY));
        assertThat(organization.unit(DemoCounty.SHANGFANG_STATION)).get()
                .satisfies(u -> {
                    assertThat(u.kind()).isEqualTo(UnitKind.VENUE);
                    assertThat(u.divisionCode()).isEqualTo(DemoCounty.SHANGFANG_VILLAGE);
                });
        assertThat(organization.unit(DemoCounty.COUNTY_CENTER_MARKET_WINDOW)).get()
                .satisfies(u -> {
                    assertThat(u.kind()).isEqualTo(UnitKind.WINDOW);
                    assertThat(u.name()).contains("青溪县政务服务中心", "4号窗口");
                    assertThat(u.divisionCode()).isEqualTo(DemoCounty.COUNTY);
                });
        assertThat(organization.unit(DemoCounty.CHENGDONG_GRID_1)).get().extracting(OrgUnit::kind)
                .isEqualTo(UnitKind.GRID);
        assertThat(organization.unit("361199999999")).isEmpty();
        assertThat(organization.unit(null)).isEmpty();
    }

    /** A list query filters on {@link UnitScope}; it must say the same as isWithin for every pair of units. */
    @Test
    void aScopeDescribesExactlyTheUnitsWithinIt() {
        List<String> units = new java.util.ArrayList<>();
        for (Division d : organization.divisions()) {
            units.add(d.code());
            organization.departments(d.code()).forEach(x -> units.add(x.code()));
            organization.grids(d.code()).forEach(x -> units.add(x.code()));
            for (Venue v : organization.venues(d.code())) {
                units.add(v.code());
                organization.windows(v.code()).forEach(x -> units.add(x.code()));
            }
        }
        assertThat(units).hasSizeGreaterThan(50);
        for (String scopeCode : units) {
            UnitScope scope = organization.scope(scopeCode);
            for (String unit : units) {
                String division = organization.unit(unit).orElseThrow().divisionCode();
                boolean described = scope.everything() || scope.divisions().contains(division)
                        || scope.units().contains(unit);
                assertThat(described).as(unit + " within " + scopeCode)
                        .isEqualTo(organization.isWithin(unit, scopeCode));
            }
        }
        // "everything" (no filter at all) only while the scope covers every division; other tests may add a county
        assertThat(organization.scope(DemoCounty.COUNTY).everything()).isEqualTo(organization.divisions().stream()
                .allMatch(d -> organization.isWithin(d.code(), DemoCounty.COUNTY)));
        assertThat(organization.scope(DemoCounty.MEILIN_TOWN).everything()).isFalse();
        assertThat(organization.scope("no-such-unit").isEmpty()).isTrue();
        assertThat(organization.scope(null).isEmpty()).isTrue();
    }
}
