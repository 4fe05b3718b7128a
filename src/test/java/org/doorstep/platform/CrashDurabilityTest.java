package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.doorstep.organization.DemoCounty;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * What a citizen was told is stored stays stored: concurrent online 依申请公开 applications are sent to a platform on
 * its embedded database, the platform and every database process are killed with SIGKILL in the middle of it, the
 * platform starts again on the same folder, and every registration number that an applicant saw on the
 * "已提交" page is in the database.
 */
// It starts its own embedded platform whatever database the suite uses; once per CI run is enough.
@DisabledIfEnvironmentVariable(named = "DOORSTEP_DB_URL", matches = ".+")
class CrashDurabilityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("登记号 <strong>(YSQ-\\d{4}-\\d+)</strong>");
    private static final int APPLICANTS = 6;

    @Test
    void everyAcknowledgedApplicationSurvivesAKillOfThePlatformAndItsDatabase() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "crash").toAbsolutePath();
        // Every applicant here is 127.0.0.1: lift the per-address limits of the anonymous forms for this platform.
        Map<String, String> env = Map.of("DOORSTEP_EMBEDDED", "true",
                "DOORSTEP_LIMITS_SUBMISSIONS_PER_CLIENT_HOUR", "1000000",
                "DOORSTEP_LIMITS_SUBMISSIONS_PER_CLIENT_DAY", "1000000");
        Set<String> acknowledged = new ConcurrentSkipListSet<>();
        AtomicBoolean crashed = new AtomicBoolean();
        ExecutorService applicants = Executors.newFixedThreadPool(APPLICANTS);
        try (PlatformProcess platform = PlatformProcess.start(data, env)) {
            try (Connection db = platform.database(); Statement s = db.createStatement()) {
                assertThat(setting(s, "fsync")).isEqualTo("on");
                assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(s, "full_page_writes")).isEqualTo("on");
            }
            CountDownLatch flowing = new CountDownLatch(40);
            for (int i = 0; i < APPLICANTS; i++) {
                applicants.submit(() -> apply(platform, acknowledged, crashed, flowing));
            }
            // Kill while applications are flowing: after at least 40 acknowledgements, or 20 s on a slow machine.
            flowing.await(20, java.util.concurrent.TimeUnit.SECONDS);
            crashed.set(true);
            platform.killHard();
        } finally {
            applicants.shutdown();
            applicants.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("applications were acknowledged before the crash").isNotEmpty();

        try (PlatformProcess again = PlatformProcess.start(data, env);
                Connection db = again.database();
                PreparedStatement find = db.prepareStatement(
                        "select number from requests_request where number = any(?)")) {
            Array numbers = db.createArrayOf("text", acknowledged.toArray());
            find.setArray(1, numbers);
            Set<String> found = new TreeSet<>();
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            System.out.printf("Crash test: %d applications acknowledged before kill -9, %d of them found after the"
                    + " restart%n", acknowledged.size(), found.size());
            assertThat(found).as("every acknowledged number is stored").containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    /** One applicant at a time on one session, as a browser would: the form, the post, the "已提交" page. */
    private static void apply(PlatformProcess platform, Set<String> acknowledged, AtomicBoolean crashed,
            CountDownLatch flowing) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String form = http.send(HttpRequest.newBuilder(platform.uri("/disclosure-requests/apply")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the form");
            }
            while (!crashed.get()) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("_csrf", csrf.group(1));
                fields.put("applicantType", "NATURAL_PERSON");
                fields.put("name", "张某某");
                fields.put("idNumber", TestPeople.residentId());
                // Reached by e-mail: a mobile number would first need its SMS code (finding 7).
                fields.put("email", "applicant-" + java.util.UUID.randomUUID() + "@example.cn");
                fields.put("divisionCode", DemoCounty.COUNTY);
                fields.put("description", "青溪县某某路改造工程的立项批复文件");
                fields.put("delivery", "纸质文本（当面领取）");
                HttpResponse<String> posted = http.send(HttpRequest.newBuilder(platform.uri("/disclosure-requests/apply"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (posted.statusCode() != 302) {
                    throw new IllegalStateException("application answered " + posted.statusCode());
                }
                String page = http.send(HttpRequest.newBuilder(platform.uri("/disclosure-requests/submitted")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher number = NUMBER.matcher(page);
                if (number.find()) {
                    acknowledged.add(number.group(1));
                    flowing.countDown();
                }
            }
        } catch (Exception e) {
            if (!crashed.get()) {
                throw new IllegalStateException(e);
            }
            // The connection died with the platform: that application was never acknowledged.
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
