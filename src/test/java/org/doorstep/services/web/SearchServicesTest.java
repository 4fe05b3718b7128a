package org.doorstep.services.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.doorstep.organization.Organization;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceItem;
import org.doorstep.services.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 13 item 5: a citizen searches the service list by an item's name, its department's name or a theme. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchServicesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    Organization organization;

    @Test
    void findsAnItemByAWordOfItsNameAndNotTheOthers() throws Exception {
        ServiceItem one = catalogue.items().get(0);
        String word = one.name().substring(0, Math.min(4, one.name().length()));
        List<ServiceItem> expected = catalogue.items().stream()
                .filter(i -> i.name().contains(word) || departmentName(i).contains(word)
                        || i.themes().stream().anyMatch(t -> t.label().contains(word)))
                .toList();
        String page = search(word).getContentAsString();
        assertThat(page).contains("搜索“" + word + "”的结果", "共 " + expected.size() + " 项");
        expected.forEach(i -> assertThat(page).contains(">" + i.name() + "<"));
    }

    @Test
    void findsEveryItemOfADepartmentByTheDepartmentsName() throws Exception {
        ServiceItem one = catalogue.items().get(catalogue.items().size() - 1);
        String department = departmentName(one);
        List<ServiceItem> ofDepartment = catalogue.items().stream()
                .filter(i -> i.departmentCode().equals(one.departmentCode())).toList();
        String page = search(department).getContentAsString();
        ofDepartment.forEach(i -> assertThat(page).contains(">" + i.name() + "<"));
    }

    @Test
    void findsTheItemsOfAThemeByItsLabel() throws Exception {
        Theme theme = catalogue.items().stream().flatMap(i -> i.themes().stream()).findFirst().orElseThrow();
        List<ServiceItem> ofTheme = catalogue.items().stream().filter(i -> i.themes().contains(theme)).toList();
        String page = search(theme.label()).getContentAsString();
        ofTheme.forEach(i -> assertThat(page).contains(">" + i.name() + "<"));
    }

    @Test
    void patternCharactersAreWordsAndHostileInputIsEscapedOrRefused() throws Exception {
        assertThat(search("%").getContentAsString()).contains("共 0 项");
        assertThat(search("_").getContentAsString()).contains("共 0 项");
        MockHttpServletResponse script = search("<script>alert(1)</script>");
        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getContentAsString()).doesNotContain("<script>alert(1)").contains("共 0 项");
        MockHttpServletResponse tooLong = search("营".repeat(51));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("搜索词不能超过 50 字");
        assertThat(mvc.perform(get("/services").param("q", "  ")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/services");
    }

    private MockHttpServletResponse search(String q) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/services").param("q", q)).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private String departmentName(ServiceItem i) {
        return organization.department(i.departmentCode()).map(d -> d.name()).orElse("");
    }
}
