package org.doorstep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input no form could send — a NUL byte, bytes that are not UTF-8, a 100,000-character field — is refused with a 400
 * and a Chinese message (problem JSON under /api), over real HTTP, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HostileInputTest {

    static final TestStaff WINDOW = new TestStaff("t-hostile-ck", "窗口人员", "WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);
    static final String HUGE = "长".repeat(100_000);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    record Answer(int status, String contentType, String body) {
    }

    /** A form filled in as a browser would: its page fetched first for the session and CSRF token. */
    Answer submit(String path, Map<String, String> fields) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token on " + path).isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        String body = all.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** A request line sent as raw bytes, as no well-behaved client would encode it. */
    Answer raw(String requestLine) throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            Matcher type = Pattern.compile("(?im)^Content-Type: (.*)$").matcher(response);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            return new Answer(status, type.find() ? type.group(1).strip() : "", body);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    static void refusedPage(Answer a, String... words) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).contains("请求有误").contains(words).doesNotContain("Exception", "at org.", "Bad Request");
    }

    static void refusedProblem(Answer a, String... words) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body()).contains("\"status\":400").contains(words).doesNotContain("Exception", "Bad Request");
    }

    Map<String, String> disclosureRequest(String name, String description) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("applicantType", "NATURAL_PERSON");
        f.put("name", name);
        f.put("idNumber", TestPeople.residentId());
        f.put("mobile", TestPeople.mobile());
        f.put("address", "青溪县城东路1号");
        f.put("divisionCode", DemoCounty.COUNTY);
        f.put("description", description);
        f.put("delivery", "电子文档（网上查看）");
        return f;
    }

    Map<String, String> topic(String title, String content) {
        return Map.of("divisionCode", DemoCounty.COUNTY, "title", title, "content", content, "contactName", "张三",
                "phone", TestPeople.mobile());
    }

    Map<String, String> registration(String name) {
        String password = "Ab" + UUID.randomUUID().toString().substring(0, 10) + "@9";
        return Map.of("kind", "PERSON", "name", name, "idNumber", TestPeople.residentId(), "mobile",
                TestPeople.mobile(), "password", password, "passwordConfirm", password);
    }

    @Test
    void aNulByteInAnyAnonymousFormAnswers400InChineseAndNothingIsStored() throws Exception {
        int requests = rows("requests_request");
        int topics = rows("engagement_topic");
        int citizens = rows("accounts_citizen");
        refusedPage(submit("/disclosure-requests/apply", disclosureRequest("张\u0000三", "请公开2025年部门预算")), "空字符");
        refusedPage(submit("/topics/propose", topic("路灯坏了\u0000", "城东路的路灯坏了一个月，请公开维修安排。")), "空字符");
        refusedPage(submit("/register", registration("李\u0000四")), "空字符");
        // Other control characters too; tabs and line breaks, which text areas send, are not refused (below).
        refusedPage(submit("/topics/propose", topic("路灯坏了", "城东路\u001b[2J的路灯坏了")), "控制字符");
        assertThat(rows("requests_request")).isEqualTo(requests);
        assertThat(rows("engagement_topic")).isEqualTo(topics);
        assertThat(rows("accounts_citizen")).isEqualTo(citizens);
    }

    @Test
    void aHundredThousandCharacterFieldAnswers400InChineseAndNothingIsStored() throws Exception {
        int requests = rows("requests_request");
        int topics = rows("engagement_topic");
        int citizens = rows("accounts_citizen");
        refusedPage(submit("/disclosure-requests/apply", disclosureRequest("张三", HUGE)), "超过 20000 个字");
        refusedPage(submit("/topics/propose", topic(HUGE, "城东路的路灯坏了一个月，请公开维修安排。")), "超过 20000 个字");
        refusedPage(submit("/register", registration(HUGE)), "超过 20000 个字");
        assertThat(rows("requests_request")).isEqualTo(requests);
        assertThat(rows("engagement_topic")).isEqualTo(topics);
        assertThat(rows("accounts_citizen")).isEqualTo(citizens);
    }

    @Test
    void textWithLineBreaksAndTabsAndBelowTheLimitReachesTheFormsOwnChecks() throws Exception {
        Answer a = submit("/topics/propose", topic("路灯", "第一行\r\n\t第二行" + "长".repeat(15_000)));
        assertThat(a.status()).isIn(200, 302);
        assertThat(a.body()).doesNotContain("请求有误");
    }

    /** 19,999 varied characters: just under the filter's limit, so each form's own checks must answer. */
    static String longRandom() {
        StringBuilder b = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        while (b.length() < 19_999) {
            b.append((char) (0x4e00 + r.nextInt(0x5000)));
        }
        return b.toString();
    }

    @Test
    void everyFieldOfTheAnonymousFormsJustUnderTheLimitGetsAnAnswerThatIsNot500() throws Exception {
        int requests = rows("requests_request");
        int topics = rows("engagement_topic");
        int citizens = rows("accounts_citizen");
        java.util.List<String> failures = new java.util.ArrayList<>();
        Map<String, Map<String, String>> forms = Map.of("/disclosure-requests/apply", disclosureRequest("张三", "请公开"),
                "/topics/propose", topic("路灯", "城东路的路灯坏了一个月，请公开维修安排。"), "/register", registration("李四"));
        for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
            for (String field : form.getValue().keySet()) {
                Map<String, String> fields = new LinkedHashMap<>(form.getValue());
                fields.put(field, longRandom());
                Answer a = submit(form.getKey(), fields);
                if (a.status() >= 500) {
                    failures.add(form.getKey() + " " + field + " -> " + a.status());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(rows("requests_request")).isEqualTo(requests);
        assertThat(rows("engagement_topic")).isEqualTo(topics);
        assertThat(rows("accounts_citizen")).isEqualTo(citizens);
    }

    @Test
    void aMultipartFieldWithANulByteIsRefusedToo() throws Exception {
        int topics = rows("engagement_topic");
        String boundary = "----doorstep" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n路灯\u0000坏了\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\n请公开维修安排\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/topics/propose"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        refusedPage(new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body()), "空字符");
        assertThat(rows("engagement_topic")).isEqualTo(topics);
    }

    @Test
    void anUploadOverTheSizeLimitStillGetsItsOwnMessage() throws Exception {
        String boundary = "----doorstep" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n路灯\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        // Over the multipart limit of one file (64 MB): refused before any form could answer it.
        byte[] body = new byte[head.length + 65 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/topics/propose"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("上传的文件过大：一次提交的文件合计不能超过 100 MB").doesNotContain("Content Too Large");
    }

    @Test
    void anApiQueryThatIsNotUtf8OrHoldsANulOrIsHugeAnswersProblemJsonInChinese() throws Exception {
        refusedProblem(raw("GET /api/v1/search?q=%C3%28"), "UTF-8", "输入有误");
        refusedProblem(raw("GET /api/v1/search?q=%FF%FE"), "UTF-8");
        refusedProblem(raw("GET /api/v1/search?q=%E5%8C%BB%00"), "空字符", "\"field\":\"q\"");
        // Bad bytes in the path: Tomcat refuses them before the application, in Chinese too.
        refusedProblem(raw("GET /api/v1/cases/%C3%28/status"), "无效字符");
        refusedProblem(raw("GET /api/v1/cases/QX%00/status"), "无效字符");
        // The same on pages.
        refusedPage(raw("GET /search?q=%C3%28"), "UTF-8");
        refusedPage(raw("GET /search?q=a%00b"), "空字符");
        refusedPage(raw("GET /cases/%C3%28"), "无效字符");
    }

    @Test
    void aHugeApiQueryAnswers400InChinese() throws Exception {
        // Over 8 KB the request line itself is refused by Tomcat before anything is known of it, so the answer
        // cannot know it is an API call: a Chinese page.
        Answer line = raw("GET /api/v1/search?q=" + "a".repeat(100_000));
        assertThat(line.status()).isEqualTo(400);
        assertThat(line.body()).contains("过长").doesNotContain("Bad Request", "Exception");
        // Below Tomcat's limit (a proxy may allow longer lines) the field length is refused as problem JSON.
        MockHttpServletResponse r = mvc.perform(get("/api/v1/search").param("q", "长".repeat(20_001)))
                .andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        refusedProblem(new Answer(r.getStatus(), r.getContentType(), r.getContentAsString()), "超过 20000 个字",
                "\"field\":\"q\"");
    }

    @Test
    void aConsoleFormSignedInAnswers400ForANulByteOrAHugeFieldAndLogsNothing() throws Exception {
        int consultations = rows("engagement_consultation");
        for (String question : new String[] {"营业执照怎么办理\u0000", HUGE}) {
            MockHttpServletResponse r = SignedInRequests.call(mvc, post("/console/consultations/new").with(csrf())
                    .param("channel", "HOTLINE").param("category", "市场监管").param("question", question)
                    .param("answer", "请到窗口办理").param("askedOn", "2026-12-01"), WINDOW);
            refusedPage(new Answer(r.getStatus(), r.getContentType(), r.getContentAsString()), "question");
        }
        assertThat(rows("engagement_consultation")).isEqualTo(consultations);
    }
}
