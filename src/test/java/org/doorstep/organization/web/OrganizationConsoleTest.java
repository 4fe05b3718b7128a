package org.doorstep.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.Department;
import org.doorstep.organization.Organization;
import org.doorstep.organization.internal.CountyWorkbook;
import org.doorstep.organization.internal.OrganizationExporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The console pages. Records created here live in made-up counties (codes 36991x), so the demo county stays as it
 * is for other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationConsoleTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    OrganizationExporter exporter;

    /**
     * Boot 4 applies Spring Security to an auto-configured MockMvc only with spring-boot-security-test, which this
     * build does not have; without it {@code @WithMockUser} would not reach the filter chain.
     */
    @BeforeEach
    void applySpringSecurity() {
        mvc = SignedInRequests.secured(context);
    }

    // ---- browsing ----

    @Test
    @WithMockUser(roles = "STAFF")
    void staffBrowseTheTreeWithoutEditActions() throws Exception {
        String html = page(get("/console/organization"), 200);
        assertThat(html).contains("青溪县", "溪东街道", "街道", "城东社区", "上坊村", DemoCounty.MEILIN_TOWN);
        assertThat(html).doesNotContain("导入工作簿", "新增县级区划");
        assertThat(page(get("/console/organization/divisions/" + DemoCounty.COUNTY), 200))
                .contains("青溪县市场监督管理局", "361199012", "青溪县政务服务中心").doesNotContain("修改区划");
    }

    @Test
    @WithUserDetails("admin")
    void administratorsSeeTheEditActionsAndTheMenuItem() throws Exception {
        assertThat(page(get("/console/organization"), 200)).contains("导入工作簿", "下载空白模板", "导出青溪县");
        assertThat(page(get("/console/organization/divisions/" + DemoCounty.MEILIN_TOWN), 200))
                .contains("修改区划", "新增村（社区）", "新增部门", "新增服务场所");
        assertThat(page(get("/console"), 200)).contains("组织机构", "/console/organization");
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void venuePagesListTheWindowsWithTheirDepartments() throws Exception {
        assertThat(page(get("/console/organization/venues/" + DemoCounty.COUNTY_CENTER), 200))
                .contains("1号窗口", "9号窗口", "企业开办专窗", "专窗", "综合窗口", "青溪县市场监督管理局");
    }

    @Test
    @WithUserDetails("admin")
    void gridWorkersPhonesAreMaskedOnEveryPageEvenTheEditForm() throws Exception {
        String worker = DemoCounty.CHENGDONG_GRID_1 + "-01";
        for (String path : new String[] {"/console/organization/divisions/" + DemoCounty.CHENGDONG_COMMUNITY,
                "/console/organization/grids/" + DemoCounty.CHENGDONG_GRID_1,
                "/console/organization/edit/workers/" + worker}) {
            assertThat(page(get(path), 200)).as(path).contains("138****0001").doesNotContain("13800000001");
        }
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void unknownCodesAre404() throws Exception {
        mvc.perform(get("/console/organization/divisions/369999000000")).andExpect(status().isNotFound());
        mvc.perform(get("/console/organization/venues/361199000000-NOPE")).andExpect(status().isNotFound());
        mvc.perform(get("/console/organization/grids/369999000000001")).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/console/organization")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).contains("/login");
    }

    @Test
    @WithMockUser(roles = "CITIZEN")
    void citizensCannotBrowseTheConsole() throws Exception {
        mvc.perform(get("/console/organization")).andExpect(status().isForbidden());
    }

    // ---- editing ----

    @Test
    @WithUserDetails("admin")
    void invalidInputIsShownAtEachFieldAndNothingIsSaved() throws Exception {
        createCounty("369911000000", "控制台一县");

        String html = page(submit("/console/organization/new/departments", Map.of("divisionCode", "369911000000",
                "shortCode", "1AB", "name", "", "organCode", "ABC")), 200);

        assertThat(fieldError(html, "shortCode")).contains("部门简码「1AB」格式不正确");
        assertThat(fieldError(html, "name")).contains("请填写部门名称");
        assertThat(fieldError(html, "organCode")).contains("机关代码「ABC」格式不正确");
        assertThat(html).contains("未保存：请修改下面标出的", "value=\"1AB\"", "aria-invalid=\"true\"");
        assertThat(organization.departments("369911000000")).isEmpty();

        String wrongParent = page(submit("/console/organization/new/divisions", Map.of("code", "369912001000",
                "name", "错位街道", "type", "街道", "parentCode", "369911000000")), 200);
        assertThat(fieldError(wrongParent, "parentCode")).contains("上级区划代码应为 369912000000");
        assertThat(organization.division("369912001000")).isEmpty();

        String wrongType = page(submit("/console/organization/new/divisions", Map.of("code", "369911001000",
                "name", "错型村", "type", "村", "parentCode", "369911000000")), 200);
        assertThat(fieldError(wrongType, "type")).contains("乡镇（街道）级代码", "与类型「村」不符");

        String stationAtCounty = page(submit("/console/organization/new/venues", Map.of("divisionCode", "369911000000",
                "shortCode", "ZD", "name", "县里的便民服务站", "level", "便民服务站", "address", "某路1号",
                "openingHours", "工作日", "phone", "0793-0300009")), 200);
        assertThat(fieldError(stationAtCounty, "level")).contains("便民服务站应设在村（社区）");
        String badPhone = page(submit("/console/organization/new/venues", Map.of("divisionCode", "369911000000",
                "shortCode", "ZX", "name", "控制台一县政务服务中心", "level", "政务服务中心", "address", "某路1号",
                "openingHours", "工作日", "phone", "0793-12")), 200);
        assertThat(fieldError(badPhone, "phone")).contains("联系电话格式不正确");
        assertThat(organization.venues("369911000000")).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void administratorsCreateAndEditEachKind() throws Exception {
        createCounty("369913000000", "控制台三县");
        redirectsTo(submit("/console/organization/new/divisions", Map.of("code", "369913001000", "name", "控制台街道",
                "type", "街道", "parentCode", "369913000000")), "/console/organization/divisions/369913001000");
        redirectsTo(submit("/console/organization/new/divisions", Map.of("code", "369913001001", "name", "控制台社区",
                "type", "社区", "parentCode", "369913001000")), "/console/organization/divisions/369913001001");
        redirectsTo(submit("/console/organization/new/departments", Map.of("divisionCode", "369913000000",
                "shortCode", "mz", "name", "控制台三县民政局", "organCode", "36991300-1")),
                "/console/organization/divisions/369913000000");
        assertThat(organization.department("369913000000-MZ")).get().extracting(Department::organCode)
                .isEqualTo("369913001");
        redirectsTo(submit("/console/organization/new/venues", Map.of("divisionCode", "369913000000",
                "shortCode", "ZX", "name", "控制台三县政务服务中心", "level", "政务服务中心", "address", "人民路1号",
                "openingHours", "工作日 9:00-17:00", "phone", "0793-0300001")),
                "/console/organization/venues/369913000000-ZX");
        redirectsTo(submit("/console/organization/new/windows", Map.of("venueCode", "369913000000-ZX", "number", "1",
                "name", "民政专窗", "kind", "专窗", "departmentCode", "369913000000-MZ")),
                "/console/organization/venues/369913000000-ZX");
        String comprehensiveWithDepartment = page(submit("/console/organization/new/windows", Map.of("venueCode",
                "369913000000-ZX", "number", "2", "name", "综合受理窗口", "kind", "综合窗口", "departmentCode",
                "369913000000-MZ")), 200);
        assertThat(fieldError(comprehensiveWithDepartment, "departmentCode")).contains("综合窗口");
        String taken = page(submit("/console/organization/new/windows", Map.of("venueCode", "369913000000-ZX",
                "number", "1", "name", "重复窗口", "kind", "综合窗口", "departmentCode", "")), 200);
        assertThat(fieldError(taken, "number")).contains("已存在");
        redirectsTo(submit("/console/organization/new/grids", Map.of("code", "369913001001001", "name", "控制台社区第1网格",
                "villageCode", "369913001001")), "/console/organization/grids/369913001001001");
        String badPhone = page(submit("/console/organization/new/workers", Map.of("gridCode", "369913001001001",
                "seq", "1", "name", "控制台社区第1网格网格员", "phone", "0793-123")), 200);
        assertThat(fieldError(badPhone, "phone")).contains("手机号码格式不正确");
        redirectsTo(submit("/console/organization/new/workers", Map.of("gridCode", "369913001001001", "seq", "1",
                "name", "控制台社区第1网格网格员", "phone", "13800009931")), "/console/organization/grids/369913001001001");

        // Edits: the code's parts cannot change, and a blank phone keeps the stored one.
        redirectsTo(submit("/console/organization/edit/departments/369913000000-MZ", Map.of("divisionCode",
                "369913000000", "shortCode", "XX", "name", "控制台三县民政局（改）", "organCode", "369913001")),
                "/console/organization/divisions/369913000000");
        assertThat(organization.department("369913000000-MZ")).get().extracting(Department::name)
                .isEqualTo("控制台三县民政局（改）");
        assertThat(organization.department("369913000000-XX")).isEmpty();
        redirectsTo(submit("/console/organization/edit/workers/369913001001001-01", Map.of("gridCode",
                "369913001001001", "seq", "1", "name", "控制台社区第1网格专职网格员", "phone", "")),
                "/console/organization/grids/369913001001001");
        assertThat(organization.gridWorker("369913001001001-01")).get().satisfies(w -> {
            assertThat(w.name()).isEqualTo("控制台社区第1网格专职网格员");
            assertThat(w.phone()).isEqualTo("13800009931");
        });
        redirectsTo(submit("/console/organization/edit/divisions/369913001000", Map.of("code", "369913001000",
                "name", "控制台街道", "type", "乡镇", "parentCode", "369913000000")),
                "/console/organization/divisions/369913001000");
        assertThat(organization.division("369913001000")).get().extracting(d -> d.typeLabel()).isEqualTo("乡镇");

        assertThat(page(get("/console/organization/grids/369913001001001"), 200)).contains("138****9931")
                .doesNotContain("13800009931");
    }

    @Test
    @WithUserDetails("admin")
    void theNewFormsStartFromWhereTheyAreOpened() throws Exception {
        String window = page(get("/console/organization/new/windows?context=" + DemoCounty.COUNTY_CENTER), 200);
        assertThat(window).contains("value=\"10\"", "readonly", "青溪县市场监督管理局");
        String village = page(get("/console/organization/new/divisions?context=" + DemoCounty.MEILIN_TOWN), 200);
        assertThat(village).contains("<option value=\"村\"", "<option value=\"社区\"").doesNotContain("<option value=\"街道\"");
        mvc.perform(get("/console/organization/new/nonsense?context=x")).andExpect(status().isNotFound());
        mvc.perform(get("/console/organization/new/windows?context=361199000000-NOPE")).andExpect(status().isNotFound());
        mvc.perform(get("/console/organization/new/departments")).andExpect(status().isNotFound());
        mvc.perform(get("/console/organization/edit/departments/361199000000-NOPE")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffWhoAreNotAdministratorsCannotEdit() throws Exception {
        mvc.perform(submit("/console/organization/new/departments", Map.of("divisionCode", DemoCounty.COUNTY,
                "shortCode", "HACK", "name", "不该出现的部门", "organCode", "369919001"))).andExpect(status().isForbidden());
        mvc.perform(submit("/console/organization/edit/departments/" + DemoCounty.MARKET_REGULATION, Map.of(
                "name", "改名", "organCode", "361199012"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/new/departments?context=" + DemoCounty.COUNTY)).andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/edit/departments/" + DemoCounty.MARKET_REGULATION)).andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/import")).andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/export")).andExpect(status().isForbidden());
        mvc.perform(multipart("/console/organization/import").file(xlsx(exporter.template())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(organization.department(DemoCounty.COUNTY + "-HACK")).isEmpty();
        assertThat(organization.department(DemoCounty.MARKET_REGULATION)).get().extracting(Department::name)
                .isEqualTo("青溪县市场监督管理局");
    }

    @Test
    @WithUserDetails("admin")
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/console/organization/new/divisions").param("code", "369914000000").param("name", "无令牌县")
                .param("type", "县")).andExpect(status().isForbidden());
        assertThat(organization.division("369914000000")).isEmpty();
    }

    // ---- import, export, template ----

    @Test
    @WithUserDetails("admin")
    void aTextFileRenamedToXlsxIsRefused() throws Exception {
        MockMultipartFile fake = new MockMultipartFile("file", "组织机构.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "区划代码,名称\n369915000000,假县\n".getBytes(StandardCharsets.UTF_8));
        String html = page(multipart("/console/organization/import").file(fake).with(csrf()), 200);
        assertThat(html).contains("文件不是 Excel 工作簿").doesNotContain("导入成功");
        assertThat(page(multipart("/console/organization/import").with(csrf()), 200)).contains("请选择要导入的 Excel 文件");
    }

    @Test
    @WithUserDetails("admin")
    void theUploadPageReportsProblemsRowByRowOrSuccess() throws Exception {
        String rejected = page(multipart("/console/organization/import").file(xlsx(exporter.template())).with(csrf()), 200);
        assertThat(rejected).contains("未导入", "问题清单", "只包含一个县级区划", "数据未作任何改动");

        String done = page(multipart("/console/organization/import").file(xlsx(exporter.export(DemoCounty.COUNTY)))
                .with(csrf()), 200);
        assertThat(done).contains("导入成功", DemoCounty.COUNTY, "未变化");
    }

    @Test
    @WithUserDetails("admin")
    void exportAndTemplateDownloadAsXlsx() throws Exception {
        MockHttpServletResponse export = mvc.perform(get("/console/organization/export?county=" + DemoCounty.COUNTY))
                .andReturn().getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(export.getHeader("Content-Disposition")).startsWith("attachment").contains("filename*=UTF-8''");
        assertThat(CountyWorkbook.read(export.getContentAsByteArray()).rows().values()).allMatch(rows -> !rows.isEmpty());
        // Grid workers' mobile numbers leave the platform masked, as on every page.
        var exported = CountyWorkbook.read(export.getContentAsByteArray()).rows();
        assertThat(exported.get(org.doorstep.organization.internal.RecordKind.GRID_WORKER)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.values().get("phone")).matches("1[3-9][0-9]\\*{4}[0-9]{4}"));

        MockHttpServletResponse template = mvc.perform(get("/console/organization/template")).andReturn().getResponse();
        assertThat(template.getStatus()).isEqualTo(200);
        assertThat(CountyWorkbook.read(template.getContentAsByteArray()).problems()).isEmpty();
        mvc.perform(get("/console/organization/export?county=369999000000")).andExpect(status().isNotFound());
    }

    // ---- portal ----

    @Test
    void thePortalListsTownshipsVillagesAndWhereToGetServices() throws Exception {
        String html = page(get("/divisions"), 200);
        assertThat(html).contains("青溪县", "溪东街道", "梅林镇", "上坊村", "茶园村", "青溪县政务服务中心", "青溪县溪东街道人民路88号",
                "梅林镇便民服务中心", "0793-0100012", "上坊村便民服务站", "滨江公园政务服务驿站", "周一至周五");
        assertThat(html).doesNotContain("1380000");
        assertThat(page(get("/"), 200)).contains("href=\"/divisions\"");
    }

    // ---- helpers ----

    private void createCounty(String code, String name) throws Exception {
        redirectsTo(submit("/console/organization/new/divisions", Map.of("code", code, "name", name, "type", "县",
                "parentCode", "")), "/console/organization/divisions/" + code);
    }

    private static MockHttpServletRequestBuilder submit(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private void redirectsTo(MockHttpServletRequestBuilder request, String target) throws Exception {
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).isEqualTo(target);
    }

    /** The message rendered right under a field. */
    private static String fieldError(String html, String field) {
        String marker = "id=\"f-" + field + "-error\">";
        int at = html.indexOf(marker);
        assertThat(at).as("error shown at field " + field).isPositive();
        return html.substring(at + marker.length(), html.indexOf("</p>", at));
    }

    private static MockMultipartFile xlsx(byte[] content) {
        return new MockMultipartFile("file", "upload.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }

    @Test
    @WithUserDetails("meilin.admin")
    void aTownshipAdministratorEditsOnlyTheTownship() throws Exception {
        mvc.perform(get("/console/organization/edit/divisions/" + DemoCounty.MEILIN_TOWN)).andExpect(status().isOk());
        mvc.perform(get("/console/organization/edit/divisions/" + DemoCounty.SHANGFANG_VILLAGE)).andExpect(status().isOk());
        mvc.perform(get("/console/organization/edit/divisions/" + DemoCounty.SHIQIAO_TOWN)).andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/edit/divisions/" + DemoCounty.COUNTY)).andExpect(status().isForbidden());
        mvc.perform(post("/console/organization/edit/divisions/" + DemoCounty.SHIQIAO_TOWN).with(csrf())
                .param("name", "改名镇")).andExpect(status().isForbidden());
        assertThat(organization.division(DemoCounty.SHIQIAO_TOWN).orElseThrow().name()).isNotEqualTo("改名镇");
        mvc.perform(get("/console/organization/new/departments").param("context", DemoCounty.SHIQIAO_TOWN))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/organization/import")).andExpect(status().isForbidden());
        mvc.perform(get("/console/organization")).andExpect(status().isOk());
    }
}
