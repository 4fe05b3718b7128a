package org.doorstep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.doorstep.support.HttpTestClient;
import org.doorstep.support.HttpTestClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every visitor and API client gets regardless of module: headers, errors, CSRF, elderly mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebEdgeTest {

    @LocalServerPort
    int port;

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        Response home = HttpTestClient.get(port, "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(home.body()).contains("lang=\"zh-CN\"").contains("跳到主要内容");
    }

    @Test
    void unknownApiPathsAndWrongMethodsGetProblemJson() {
        Response unknown = HttpTestClient.get(port, "/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).isEqualTo("没有这个接口地址");

        Response post = HttpTestClient.send(request("/api/v1/calendar/due?start=2026-01-01&workingDays=1")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{broken")).build());
        assertThat(post.status()).isBetween(400, 499);
        assertThat(post.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownPagesGetTheChinese404PageWithoutInternals() {
        Response r = HttpTestClient.get(port, "/no/such/page");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("页面不存在").doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() {
        Response r = HttpTestClient.send(request("/register").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=PERSON&name=x&mobile=13800138000")).build());
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void theConsoleAsksForSignInAndTheApiAnswers401() {
        Response console = HttpTestClient.send(request("/console").header("Accept", "text/html").build());
        assertThat(console.status()).isEqualTo(302);
        assertThat(console.header("Location")).endsWith("/login");
        assertThat(HttpTestClient.get(port, "/api/v1/my/profile").status()).isEqualTo(401);
        assertThat(HttpTestClient.get(port, "/actuator/env").status()).as("environment is never exposed").isNotEqualTo(200);
        assertThat(HttpTestClient.get(port, "/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void openApiDocumentListsTheApi() {
        Response docs = HttpTestClient.get(port, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/calendar/due");
    }

    @Test
    void staticFilesAreLinkedWithTheHashOfTheirContentAndKeptAYear() {
        Response home = HttpTestClient.get(port, "/");
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/doorstep-[0-9a-f]{32}\\.css)\"")
                .matcher(home.body());
        assertThat(css.find()).as("stylesheet link carries its content hash").isTrue();
        assertThat(home.body()).contains("src=\"/img/favicon-").contains("href=\"/services\"");
        Response sheet = HttpTestClient.get(port, css.group(1));
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.contentType()).startsWith("text/css");
        assertThat(sheet.header("Cache-Control")).contains("max-age=31536000");
    }

    @Test
    void elderlyModeRedirectsOnlyToLocalPaths() {
        assertThat(LocalPath.orHome("/calendar/deadline?x=1")).isEqualTo("/calendar/deadline?x=1");
        assertThat(LocalPath.orHome("https://evil.example/")).isEqualTo("/");
        assertThat(LocalPath.orHome("//evil.example/")).isEqualTo("/");
        assertThat(LocalPath.orHome("/\\evil.example")).isEqualTo("/");
        assertThat(LocalPath.orHome(null)).isEqualTo("/");
    }
}
