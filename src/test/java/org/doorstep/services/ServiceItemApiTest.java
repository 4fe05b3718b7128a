package org.doorstep.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.doorstep.organization.DemoCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ServiceItemApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void listsItemsWithCodeNameDepartmentLimitsAndFlags() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/service-items")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode list = JSON.readTree(r.getContentAsString());
        assertThat(list.size()).isGreaterThanOrEqualTo(40);
        JsonNode licence = find(list, "QX-SCJG-001");
        List<String> fields = new ArrayList<>();
        licence.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("code", "name", "department", "legalLimitDays",
                "promisedLimitDays", "flags");
        assertThat(licence.get("name").asString()).isEqualTo("企业设立登记（有限责任公司）");
        assertThat(licence.get("department").asString()).isEqualTo(DemoCounty.MARKET_REGULATION);
        assertThat(licence.get("legalLimitDays").asInt()).isEqualTo(3);
        assertThat(licence.get("promisedLimitDays").asInt()).isEqualTo(1);
        List<String> flags = new ArrayList<>();
        licence.get("flags").forEach(f -> flags.add(f.asString()));
        assertThat(flags).contains("ONLINE", "COUNTY_WIDE").doesNotContain("IMMEDIATE");
        JsonNode immediate = find(list, "QX-ZRZY-004");
        assertThat(immediate.get("promisedLimitDays").asInt()).isZero();
        assertThat(immediate.get("flags").toString()).contains("IMMEDIATE");
    }

    @Test
    void answersTheFullGuideOfOneItem() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/service-items/QX-MZ-001")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode g = JSON.readTree(r.getContentAsString());
        assertThat(g.get("name").asString()).isEqualTo("最低生活保障审核确认");
        assertThat(g.get("departmentCode").asString()).isEqualTo(DemoCounty.CIVIL_AFFAIRS);
        assertThat(g.get("materials").size()).isGreaterThanOrEqualTo(4);
        JsonNode first = g.get("materials").get(0);
        assertThat(first.get("name").asString()).isEqualTo("最低生活保障申请书");
        assertThat(first.get("blankForm").asBoolean()).isTrue();
        assertThat(first.get("copies").asInt()).isEqualTo(1);
        assertThat(g.get("steps").size()).isEqualTo(4);
        assertThat(g.get("faqs").size()).isGreaterThanOrEqualTo(2);
        assertThat(g.get("legalLimitDays").asInt()).isEqualTo(30);
        assertThat(g.get("promisedLimitDays").asInt()).isEqualTo(20);
    }

    @Test
    void unknownItemIsA404ProblemInChinese() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/service-items/QX-NO-SUCH")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        r.setCharacterEncoding("UTF-8");
        assertThat(JSON.readTree(r.getContentAsString()).get("detail").asString()).contains("未找到");
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (n.get("code").asString().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no item " + code);
    }
}
