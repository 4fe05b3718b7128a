package org.doorstep.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import org.doorstep.organization.DemoCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class DivisionApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void listsDivisionsWithCodeNameLevelAndParent() throws Exception {
        MockHttpServletResponse r = call("/api/v1/divisions");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("application/json");
        JsonNode list = JSON.readTree(r.getContentAsString());
        assertThat(list.isArray()).isTrue();

        JsonNode county = find(list, DemoCounty.COUNTY);
        assertThat(fieldNames(county)).containsExactlyInAnyOrder("code", "name", "level", "parentCode");
        assertThat(county.get("name").asString()).isEqualTo("青溪县");
        assertThat(county.get("level").asString()).isEqualTo("COUNTY");
        assertThat(county.get("parentCode").isNull()).isTrue();

        JsonNode street = find(list, DemoCounty.XIDONG_SUBDISTRICT);
        assertThat(street.get("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(street.get("parentCode").asString()).isEqualTo(DemoCounty.COUNTY);
        assertThat(find(list, DemoCounty.CHENGDONG_COMMUNITY).get("level").asString()).isEqualTo("VILLAGE");
    }

    @Test
    void filtersByParent() throws Exception {
        MockHttpServletResponse r = call("/api/v1/divisions?parent=" + DemoCounty.MEILIN_TOWN);
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode list = JSON.readTree(r.getContentAsString());
        List<String> codes = new ArrayList<>();
        list.forEach(d -> {
            codes.add(d.get("code").asString());
            assertThat(d.get("level").asString()).isEqualTo("VILLAGE");
            assertThat(d.get("parentCode").asString()).isEqualTo(DemoCounty.MEILIN_TOWN);
        });
        assertThat(codes).containsExactly(DemoCounty.MEILIN_COMMUNITY, DemoCounty.SHANGFANG_VILLAGE,
                DemoCounty.XIAFANG_VILLAGE, DemoCounty.TAOYUAN_VILLAGE);

        assertThat(JSON.readTree(call("/api/v1/divisions?parent=" + DemoCounty.SHANGFANG_VILLAGE).getContentAsString())
                .isEmpty()).isTrue();
    }

    @Test
    void answersOneDivisionByCode() throws Exception {
        MockHttpServletResponse r = call("/api/v1/divisions/" + DemoCounty.SHANGFANG_VILLAGE);
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode d = JSON.readTree(r.getContentAsString());
        assertThat(d.get("code").asString()).isEqualTo(DemoCounty.SHANGFANG_VILLAGE);
        assertThat(d.get("name").asString()).isEqualTo("上坊村");
        assertThat(d.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(d.get("parentCode").asString()).isEqualTo(DemoCounty.MEILIN_TOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/divisions/36119910120", "/api/v1/divisions/abc",
            "/api/v1/divisions/3611991012011", "/api/v1/divisions?parent=xyz"})
    void aCodeThatIsNotTwelveDigitsIsA400ProblemInChinese(String path) throws Exception {
        MockHttpServletResponse r = call(path);
        assertProblem(r, 400);
        assertThat(JSON.readTree(r.getContentAsString()).get("detail").asString()).contains("12 位数字");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/divisions/369999000000", "/api/v1/divisions?parent=369999000000"})
    void anUnknownCodeIsA404Problem(String path) throws Exception {
        MockHttpServletResponse r = call(path);
        assertProblem(r, 404);
        assertThat(JSON.readTree(r.getContentAsString()).get("detail").asString()).contains("369999000000");
    }

    private MockHttpServletResponse call(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private static void assertProblem(MockHttpServletResponse r, int status) throws Exception {
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.getContentAsString());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asString()).containsPattern("[\\u4e00-\\u9fa5]");
        assertThat(p.get("detail").asString()).containsPattern("[\\u4e00-\\u9fa5]").doesNotContain("Exception");
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode d : list) {
            if (code.equals(d.get("code").asString())) {
                return d;
            }
        }
        throw new AssertionError("no division " + code);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
