package org.doorstep.services.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.doorstep.organization.VenueLevel;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** 就近办: a citizen finds what the village station near them handles, and nothing that only the county centre does. */
@SpringBootTest
@AutoConfigureMockMvc
class BrowseByVenueLevelTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceCatalogue catalogue;

    @Test
    void theVillageStationListHoldsExactlyTheItemsImplementedAtVillageStations() throws Exception {
        var atStations = catalogue.itemsAt(VenueLevel.VILLAGE_STATION);
        var everywhere = catalogue.items();
        assertThat(atStations).isNotEmpty().hasSizeLessThan(everywhere.size());
        assertThat(atStations).allSatisfy(i -> assertThat(catalogue.implementations(i.code()))
                .anyMatch(l -> l.venueLevel() == VenueLevel.VILLAGE_STATION));
        // In the demo county the 就近办 items are the ones pushed down to every village.
        assertThat(atStations).allMatch(i -> i.has(ServiceFlag.NEARBY));
        ServiceItem countyOnly = everywhere.stream().filter(i -> !atStations.contains(i)).findFirst().orElseThrow();

        String page = mvc.perform(get("/services").param("level", "VILLAGE_STATION")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("可在便民服务站办理的事项", "共 " + atStations.size() + " 项")
                .doesNotContain(">" + countyOnly.name() + "<");
        atStations.forEach(i -> assertThat(page).contains(">" + i.name() + "<"));
    }

    @Test
    void anUnknownLevelShowsEveryItem() throws Exception {
        String page = mvc.perform(get("/services").param("level", "<script>")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("全部事项", "共 " + catalogue.items().size() + " 项").doesNotContain("<script>");
    }
}
