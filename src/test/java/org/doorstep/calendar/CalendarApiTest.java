package org.doorstep.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.support.HttpTestClient;
import org.doorstep.support.HttpTestClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarApiTest {

    @LocalServerPort
    int port;

    @Test
    void answersTheDueDateAndTheSkippedDays() {
        Response r = HttpTestClient.get(port, "/api/v1/calendar/due?start=2026-09-18&workingDays=20");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("due").asString()).isEqualTo("2026-10-22");
        assertThat(r.json().get("start").asString()).isEqualTo("2026-09-18");
        assertThat(r.json().get("workingDays").asInt()).isEqualTo(20);
        assertThat(r.json().get("provisional").asBoolean()).isFalse();
        assertThat(r.json().get("skipped").get(0).get("date").asString()).isEqualTo("2026-09-19");
        assertThat(r.json().get("skipped").get(0).get("reason").asString()).isEqualTo("周末");
        assertThat(r.body()).contains("\"reason\":\"国庆节\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "start=2026-13-01&workingDays=5", "start=yesterday&workingDays=5", "start=2026-01-01&workingDays=-1",
            "start=2026-01-01&workingDays=abc", "workingDays=5", "start=2026-01-01", "start=1066-10-14&workingDays=3",
            "start=2026-01-01&workingDays=99999999999"})
    void badParametersGetAProblemJson400InChinese(String query) {
        Response r = HttpTestClient.get(port, "/api/v1/calendar/due?" + query);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).containsPattern("[\\u4e00-\\u9fa5]").doesNotContain("Exception");
    }
}
