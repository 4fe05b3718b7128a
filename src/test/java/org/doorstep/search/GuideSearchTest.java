package org.doorstep.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.VenueLevel;
import org.doorstep.services.Implementation;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Service guides in search: saved through the services module, found with the type filter, re-indexed on change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuideSearchTest {

    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    SearchIndex index;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aGuideIsFoundByTwoWordsWithTheTypeFilterAndReindexedWhenItChanges() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ServiceItem saved = save(code, "白鹳栖息地巡护补助申领", "在白鹳栖息地从事巡护满一年的村民。");

        SearchResults guides = await("白鹳栖息地 巡护补助", SearchType.GUIDE, r -> !r.hits().isEmpty());
        assertThat(guides.total()).isEqualTo(1);
        SearchHit hit = guides.hits().get(0);
        assertThat(hit.type()).isEqualTo(SearchType.GUIDE);
        assertThat(hit.title()).isEqualTo(saved.name());
        assertThat(hit.url()).isEqualTo("/services/items/" + code);
        assertThat(hit.titleHtml()).isEqualTo("<em>白鹳栖息地巡护补助</em>申领");
        assertThat(hit.publisherName()).isNotBlank(); // the department that carries the item out
        assertThat(search("白鹳栖息地 巡护补助", SearchType.DOCUMENT).total()).isZero();
        assertThat(search("白鹳栖息地 巡护补助", null).hits()).extracting(SearchHit::url)
                .contains("/services/items/" + code);

        mvc.perform(get("/api/v1/search").param("q", "白鹳栖息地 巡护补助").param("type", "GUIDE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].type").value("办事指南"))
                .andExpect(jsonPath("$.hits[0].url").value(org.hamcrest.Matchers.endsWith("/services/items/" + code)));
        mvc.perform(get("/api/v1/search").param("q", "白鹳栖息地").param("type", "NEWS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.type").value(org.hamcrest.Matchers.containsString("办事指南")));
        String page = mvc.perform(get("/search").param("q", "白鹳栖息地 巡护补助").param("type", "GUIDE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("办事指南").contains("href=\"/services/items/" + code + "\"")
                .contains("value=\"GUIDE\" checked");

        // the guide changes: the index follows
        save(code, "黑鹳栖息地巡护补助申领", "在黑鹳栖息地从事巡护满一年的村民。");
        await("黑鹳栖息地 巡护补助", SearchType.GUIDE, r -> r.total() == 1);
        assertThat(search("白鹳栖息地", SearchType.GUIDE).total()).isZero();
    }

    ServiceItem save(String code, String name, String conditions) {
        ServiceItem base = catalogue.item("QX-MZ-004");
        ServiceItem item = new ServiceItem(code, name, base.type(), base.departmentCode(), base.legalBasis(),
                base.target(), conditions, base.materials(), base.steps(), base.legalLimitDays(),
                base.promisedLimitDays(), base.fee(), base.result(), base.deliveries(), base.place(), base.hours(),
                base.visits(), base.onlineEntry(), base.consultation(), base.complaint(), base.faqs(), base.flags(),
                base.themes());
        return catalogue.save(item, List.of(new Implementation(code, DemoCounty.MEILIN_TOWN, VenueLevel.TOWN_CENTER)));
    }

    SearchResults search(String q, SearchType type) {
        return index.search(new SearchQuery(q, null, null, null, null, null, null, null, SearchSort.RELEVANCE, 1, 10,
                type).validated());
    }

    /** The index follows the services module's event a moment after the saving transaction commits. */
    SearchResults await(String q, SearchType type, Predicate<SearchResults> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        SearchResults r = search(q, type);
        while (!done.test(r) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            r = search(q, type);
        }
        assertThat(done.test(r)).as("the index follows the guide within 30 s").isTrue();
        return r;
    }
}
