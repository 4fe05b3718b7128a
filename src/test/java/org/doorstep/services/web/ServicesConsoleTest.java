package org.doorstep.services.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.doorstep.audit.TestStaff;
import org.doorstep.support.SignedInRequests;
import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.VenueLevel;
import org.doorstep.services.Implementation;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class ServicesConsoleTest {

    static final TestStaff ADMIN = new TestStaff("admin-t", "系统管理员", "SYSTEM_ADMIN", DemoCounty.COUNTY);
    static final TestStaff MARKET_REVIEWER = new TestStaff("bumen-t", "部门审核人员", "DEPARTMENT_REVIEWER",
            DemoCounty.MARKET_REGULATION);
    static final TestStaff WINDOW = new TestStaff("chuangkou-t", "窗口人员", "WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceCatalogue catalogue;

    @Test
    void everyStaffMemberSeesTheCatalogueButOnlyEditorsGetEditLinks() throws Exception {
        String asWindow = page(get("/console/services"), WINDOW);
        assertThat(asWindow).contains("最低生活保障审核确认", "QX-SCJG-001").doesNotContain("编辑</a>");
        String asReviewer = page(get("/console/services"), MARKET_REVIEWER);
        assertThat(asReviewer).contains("/console/services/items/QX-SCJG-001")
                .doesNotContain("/console/services/items/QX-MZ-001").doesNotContain("新增事项");
        assertThat(page(get("/console/services"), ADMIN)).contains("/console/services/items/QX-MZ-001", "新增事项");
    }

    @Test
    void departmentReviewerEditsOnlyTheirOwnDepartmentsGuides() throws Exception {
        assertThat(page(get("/console/services/items/QX-SCJG-003"), MARKET_REVIEWER)).contains("食品经营许可申请书");
        assertThat(call(get("/console/services/items/QX-MZ-001"), MARKET_REVIEWER).getStatus()).isEqualTo(404);
        assertThat(call(get("/console/services/new"), MARKET_REVIEWER).getStatus()).isEqualTo(403);
        assertThat(call(get("/console/services/items/QX-SCJG-003"), WINDOW).getStatus()).isEqualTo(404);
    }

    @Test
    void adminCreatesAnItemWithItsGuideAndImplementationList() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        MockHttpServletResponse r = call(post("/console/services/items").with(csrf())
                .param("code", code).param("name", "测试事项" + code).param("type", "BENEFIT")
                .param("departmentCode", DemoCounty.CIVIL_AFFAIRS).param("target", "PERSON")
                .param("legalBasis", "《社会救助暂行办法》").param("conditions", "本县户籍")
                .param("materials", "申请书|1|原件|纸质|申请人自备|是|是|是|\n居民身份证|1|原件和复印件|纸质|公安机关核发|否|否|是|核验后退还")
                .param("steps", "受理|综合窗口|核验材料|0\n决定|县民政局|作出决定|3")
                .param("faqs", "可以代办吗？|可以")
                .param("implementations", DemoCounty.MEILIN_TOWN + "|便民服务中心")
                .param("legalLimitDays", "10").param("promisedLimitDays", "5").param("fee", "不收费")
                .param("result", "救助金").param("deliveries", "WINDOW").param("place", "梅林镇便民服务中心")
                .param("hours", "工作日").param("visits", "1").param("onlineEntry", "")
                .param("consultation", "0793-0100113").param("complaint", "12345").param("themes", "ASSISTANCE"),
                ADMIN);
        assertThat(r.getStatus()).isEqualTo(302);
        ServiceItem saved = catalogue.item(code);
        assertThat(saved.materials()).hasSize(2);
        assertThat(saved.materials().get(0).blankForm()).isTrue();
        assertThat(saved.materials().get(1).note()).isEqualTo("核验后退还");
        assertThat(saved.steps()).extracting(s -> s.limitDays()).containsExactly(0, 3);
        assertThat(catalogue.implementations(code))
                .containsExactly(new Implementation(code, DemoCounty.MEILIN_TOWN, VenueLevel.TOWN_CENTER));
    }

    @Test
    void badInputIsReportedInChineseAndChangesNothing() throws Exception {
        ServiceItem before = catalogue.item("QX-SCJG-005");
        MockHttpServletResponse r = call(post("/console/services/items").with(csrf())
                .param("code", "QX-SCJG-005").param("name", before.name()).param("type", "LICENSING")
                .param("departmentCode", DemoCounty.CIVIL_AFFAIRS).param("target", "LEGAL_PERSON")
                .param("legalBasis", before.legalBasis()).param("conditions", before.conditions())
                .param("materials", "申请书|一份|原件").param("steps", "受理|窗口|核验|0").param("faqs", "问|答")
                .param("legalLimitDays", "3").param("promisedLimitDays", "8").param("fee", "不收费")
                .param("result", "执照").param("deliveries", "WINDOW").param("place", "中心").param("hours", "工作日")
                .param("visits", "0").param("consultation", "电话").param("complaint", "12345"),
                MARKET_REVIEWER);
        assertThat(r.getStatus()).isEqualTo(200);
        String body = r.getContentAsString();
        assertThat(body).contains("第 1 行格式不对", "承诺办结时限不能超过法定办结时限", "只能选择本单位范围内的部门作为实施主体");
        assertThat(catalogue.item("QX-SCJG-005")).isEqualTo(before);
    }

    private String page(MockHttpServletRequestBuilder request, TestStaff who) throws Exception {
        return SignedInRequests.page(mvc, request, who);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, TestStaff who) throws Exception {
        return SignedInRequests.call(mvc, request, who);
    }
}
