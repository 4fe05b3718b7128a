package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.doorstep.organization.DemoCounty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform as it runs in production: behind the county's reverse proxy (which connects from a private address and
 * sends X-Forwarded-*), with a public address and a monitoring credential configured. Real HTTP on a real port, since
 * the proxy headers are read by Tomcat itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "doorstep.public-url=https://zwgk.qingxi.example.gov.cn",
        "doorstep.monitoring.user=prometheus",
        "doorstep.monitoring.password=Scrape-2026-long-secret",
        "doorstep.monitoring.addresses=10.77.0.0/16, 10.78.0.9"})
class BehindTheProxyTest {

    private static final String PUBLIC = "https://zwgk.qingxi.example.gov.cn";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    // ---- /actuator/prometheus

    @Test
    void metricsAnswerOnlyTheMonitoringCredential() throws Exception {
        assertThat(metrics(null, null).statusCode()).isEqualTo(401);
        assertThat(metrics(basic("prometheus", "wrong"), null).statusCode()).isEqualTo(401);
        // A staff account is not a monitoring credential.
        assertThat(metrics(basic("admin", "Qingxi@2026"), null).statusCode()).isEqualTo(401);
        HttpResponse<String> scraped = metrics(basic("prometheus", "Scrape-2026-long-secret"), null);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(scraped.headers().firstValue("Set-Cookie")).as("no session for a scraper").isEmpty();
    }

    @Test
    void metricsAnswerAConfiguredAddressAsTheProxyReportsIt() throws Exception {
        assertThat(metrics(null, "10.77.3.4").statusCode()).isEqualTo(200);
        assertThat(metrics(null, "10.78.0.9").statusCode()).isEqualTo(200);
        assertThat(metrics(null, "10.78.0.10").statusCode()).isEqualTo(401);
        assertThat(metrics(null, "203.0.113.9").statusCode()).isEqualTo(401);
        // Other actuator endpoints stay closed whoever asks.
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/env")).header("X-Forwarded-For", "10.77.3.4")
                .header("Authorization", basic("prometheus", "Scrape-2026-long-secret"))).statusCode())
                .isIn(302, 401, 403, 404);
    }

    private HttpResponse<String> metrics(String authorization, String client) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri("/actuator/prometheus"));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        if (client != null) {
            r.header("X-Forwarded-For", client);
        }
        return send(r);
    }

    // ---- the real client behind the proxy

    @Test
    void theCaseStatusThrottleCountsTheClientTheProxyNames() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(status("10.55.1.1", "QXBJ2026" + i).statusCode()).isEqualTo(404);
        }
        assertThat(status("10.55.1.1", "QXBJ20269").statusCode()).isEqualTo(429);
        // Another citizen behind the same proxy is not locked out with the first.
        assertThat(status("10.55.1.2", "QXBJ20269").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> status(String client, String number) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/cases/" + number + "/status"))
                .header("X-Query-Code", "000000").header("X-Forwarded-For", client));
    }

    // ---- HTTPS at the proxy

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> https = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https"));
        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(https)).contains("Secure").contains("HttpOnly");
        assertThat(https.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=");

        HttpResponse<String> plain = send(HttpRequest.newBuilder(uri("/login")));
        assertThat(sessionCookie(plain)).doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String sessionCookie(HttpResponse<?> r) {
        List<String> cookies = r.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    // ---- absolute links use the public address, never the Host header

    @Test
    void feedsSitemapAndRedirectsNeverEchoAForgedHost() throws Exception {
        String sitemap = raw("/sitemap.xml", "evil.example");
        assertThat(sitemap).startsWith("HTTP/1.1 200").contains("<loc>" + PUBLIC + "/</loc>")
                .doesNotContain("evil.example");
        String redirect = raw("/console", "evil.example");
        assertThat(redirect).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
        assertThat(header(redirect, "Location")).isEqualTo(PUBLIC + "/login");
        HttpResponse<String> forwarded = send(HttpRequest.newBuilder(uri("/console"))
                .header("X-Forwarded-Host", "evil.example"));
        assertThat(forwarded.headers().firstValue("Location")).contains(PUBLIC + "/login");
        String feed = raw(Pattern.compile("href=\"(/disclosure/nodes/\\d+)\"").matcher(raw("/disclosure/governments/" + DemoCounty.COUNTY, "localhost"))
                .results().findFirst().orElseThrow().group(1) + "/feed.atom", "evil.example");
        assertThat(feed).startsWith("HTTP/1.1 200").contains(PUBLIC + "/disclosure/nodes/").doesNotContain("evil.example");
    }

    @Test
    void aDocumentsQrCodeOpensThePublicAddress() throws Exception {
        Matcher doc = Pattern.compile("<loc>" + Pattern.quote(PUBLIC) + "(/disclosure/documents/\\d+)</loc>")
                .matcher(raw("/sitemap.xml", "localhost"));
        assertThat(doc.find()).as("the demo county publishes documents").isTrue();
        HttpResponse<byte[]> png = HTTP.send(HttpRequest.newBuilder(uri(doc.group(1) + "/qr.png"))
                .header("X-Forwarded-Host", "evil.example").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(decode(png.body())).isEqualTo(PUBLIC + doc.group(1));
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    /** HTTP/1.0 over a socket, because Java's clients refuse to send another Host header than the one they connect to. */
    private String raw(String path, String host) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(String response, String name) {
        Matcher m = Pattern.compile("(?im)^" + name + ": ([^\r\n]*)").matcher(response);
        return m.find() ? m.group(1) : null;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
