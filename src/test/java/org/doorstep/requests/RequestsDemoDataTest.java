package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.doorstep.organization.DemoCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo county's requests fill every cell the annual report will need, in 2025 and in 2026. */
@SpringBootTest
class RequestsDemoDataTest {

    @Autowired
    DisclosureRequests requests;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyOutcomeAndApplicantTypeInBothYearsWithCarryOverAndRemedies() {
        List<DisclosureRequests.Tracked> all = new java.util.ArrayList<>();
        for (int page = 1; page == 1 || all.size() == (page - 1) * org.doorstep.platform.ListPage.SIZE; page++) {
            all.addAll(requests.requests(Officer.officer(DemoCounty.COUNTY), DisclosureRequests.View.ALL, page)
                    .items());
        }
        List<DisclosureRequest> demo = all.stream().map(DisclosureRequests.Tracked::request).filter(r -> "demo.gongkai".equals(r.enteredBy())
                        || r.accountLogin() == null && (r.mobile() == null || r.mobile().startsWith("139000001")))
                .toList();
        for (int year : List.of(2025, 2026)) {
            Set<Outcome> outcomes = demo.stream().filter(r -> r.reply() != null && r.receivedOn().getYear() == year)
                    .map(r -> r.reply().outcome()).collect(Collectors.toSet());
            // One per row of table 三; 36(5) shares the row of 36(4).
            assertThat(outcomes).as("outcomes of %d", year).containsExactlyInAnyOrder(
                    java.util.Arrays.stream(Outcome.values()).filter(o -> o.row() == o).toArray(Outcome[]::new));
            Set<ApplicantType> types = demo.stream().filter(r -> r.receivedOn() != null
                    && r.receivedOn().getYear() == year).map(DisclosureRequest::applicantType)
                    .collect(Collectors.toSet());
            assertThat(types).as("applicant types of %d", year).containsExactlyInAnyOrder(ApplicantType.values());
        }
        assertThat(demo).filteredOn(r -> r.reply() != null && r.receivedOn().getYear() == 2025
                && r.reply().on().getYear() == 2026).hasSizeGreaterThanOrEqualTo(2);
        assertThat(demo).filteredOn(r -> r.open() && r.receivedOn() != null).hasSizeGreaterThanOrEqualTo(4);
        assertThat(demo).filteredOn(r -> r.state() == RequestState.SUBMITTED).isNotEmpty();
        assertThat(jdbc.sql("SELECT count(DISTINCT kind) FROM requests_remedy").query(Integer.class).single())
                .isEqualTo(RemedyKind.values().length);
    }
}
