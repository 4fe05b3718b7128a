package org.doorstep.services.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.doorstep.organization.DemoCounty;
import org.doorstep.services.Material;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceItem;
import org.doorstep.services.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Portal guides: browse by life event, enterprise stage and department; a printable checklist with a QR code. */
@SpringBootTest
@AutoConfigureMockMvc
class BrowseAndPrintGuidesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceCatalogue catalogue;

    String page(String path, String... params) throws Exception {
        var request = get(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Lists exactly the items matching, by their names as table cells. */
    static void listsExactly(String page, List<ServiceItem> wanted, List<ServiceItem> all) {
        assertThat(wanted).isNotEmpty().hasSizeLessThan(all.size());
        wanted.forEach(i -> assertThat(page).contains(">" + i.name() + "<"));
        all.stream().filter(i -> !wanted.contains(i))
                .forEach(i -> assertThat(page).as(i.name()).doesNotContain(">" + i.name() + "<"));
    }

    @Test
    void browsingByAnEnterpriseStageListsExactlyItsItems() throws Exception {
        List<ServiceItem> all = catalogue.items();
        List<ServiceItem> start = all.stream().filter(i -> i.themes().contains(Theme.ENTERPRISE_START)).toList();
        String page = page("/services", "theme", "ENTERPRISE_START");
        assertThat(page).contains("企业开办");
        listsExactly(page, start, all);
    }

    @Test
    void browsingByALifeEventListsExactlyItsItems() throws Exception {
        List<ServiceItem> all = catalogue.items();
        List<ServiceItem> elderly = all.stream().filter(i -> i.themes().contains(Theme.ELDERLY)).toList();
        listsExactly(page("/services", "theme", "ELDERLY"), elderly, all);
    }

    @Test
    void browsingByDepartmentListsExactlyThatDepartmentsItems() throws Exception {
        List<ServiceItem> all = catalogue.items();
        List<ServiceItem> market = all.stream()
                .filter(i -> i.departmentCode().equals(DemoCounty.MARKET_REGULATION)).toList();
        listsExactly(page("/services", "department", DemoCounty.MARKET_REGULATION), market, all);
    }

    @Test
    void theGuidePageLinksAPrintableChecklistOfEveryMaterialWithTheGuidesQrCode() throws Exception {
        ServiceItem item = catalogue.item("QX-SCJG-001");
        String guide = page("/services/items/QX-SCJG-001");
        assertThat(guide).contains("href=\"/services/items/QX-SCJG-001/checklist\"", "打印材料清单",
                "src=\"/services/items/QX-SCJG-001/qr.png\"");
        String checklist = page("/services/items/QX-SCJG-001/checklist");
        assertThat(checklist).contains("申请材料清单", "打印", "src=\"/services/items/QX-SCJG-001/qr.png\"",
                "扫码查看完整办事指南");
        for (Material m : item.materials()) {
            assertThat(checklist).contains(">" + m.name() + "<", m.form().label());
        }
        byte[] qr = mvc.perform(get("/services/items/QX-SCJG-001/qr.png")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(qr).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        // The print style hides the page chrome and keeps the checklist.
        String css = mvc.perform(get("/css/doorstep.css")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(css).contains("@media print").contains(".no-print");
        // The guide styles apply on screen too: they are not swallowed by an unclosed print block.
        String before = css.substring(0, css.indexOf(".svc-head"));
        assertThat(before.chars().filter(ch -> ch == '{').count())
                .isEqualTo(before.chars().filter(ch -> ch == '}').count());
    }
}
