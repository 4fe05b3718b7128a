package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP SMS gateway adapter against a real HTTP server started here, which plays the gateway. */
@ExtendWith(OutputCaptureExtension.class)
class HttpTextMessagesTest {

    record Received(String method, String path, Map<String, String> headers, String body) {
    }

    static final Clock AT_NOON = Clock.fixed(Instant.parse("2026-12-04T04:00:00Z"), ZoneOffset.UTC);

    HttpServer gateway;
    final BlockingQueue<Received> received = new ArrayBlockingQueue<>(10);
    volatile int answerStatus = 200;
    volatile long answerDelayMillis = 0;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms/send", this::handle);
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), Map.of(
                "content-type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                "account", String.valueOf(exchange.getRequestHeaders().getFirst("X-Sms-Account")),
                "timestamp", String.valueOf(exchange.getRequestHeaders().getFirst("X-Sms-Timestamp")),
                "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Sms-Signature"))), body));
        try {
            Thread.sleep(answerDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] answer = (answerStatus == 200 ? "{\"code\":\"OK\"}" : "{\"code\":\"REFUSED\",\"to\":\"13912345678\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answerStatus, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    HttpTextMessages adapter(Duration timeout) {
        return new HttpTextMessages(new SmsProperties(
                URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms/send"), "qingxi-gov",
                "s3cret-key", "青溪县政务服务", "SMS_0001", Map.of("already-registered", "SMS_0002"), timeout), AT_NOON);
    }

    @Test
    void aCodeIsPostedAsSignedJsonWithTheTemplateIdAndItsParams() throws Exception {
        adapter(Duration.ofSeconds(5)).send(new TextMessage("13912345678", TextMessage.Template.VERIFICATION_CODE,
                Map.of("code", "482913", "minutes", "5"), "验证码 482913，5 分钟内有效"));

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/sms/send");
        assertThat(r.headers()).containsEntry("account", "qingxi-gov").containsEntry("timestamp", "1796356800");
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(r.headers().get("signature")).isEqualTo(hmacSha256Hex("s3cret-key", "1796356800\n" + r.body()));
        JsonNode json = JsonMapper.builder().build().readTree(r.body());
        assertThat(json.get("mobile").asString()).isEqualTo("13912345678");
        assertThat(json.get("signName").asString()).isEqualTo("青溪县政务服务");
        assertThat(json.get("templateId").asString()).isEqualTo("SMS_0001");
        assertThat(json.get("templateParams").get("code").asString()).isEqualTo("482913");
        assertThat(json.get("templateParams").get("minutes").asString()).isEqualTo("5");
        assertThat(r.body()).doesNotContain("s3cret-key");
    }

    @Test
    void aKindWithItsOwnTemplateIdUsesIt() throws Exception {
        adapter(Duration.ofSeconds(5)).send(new TextMessage("13912345678", TextMessage.Template.ALREADY_REGISTERED,
                Map.of(), "该手机号已注册"));
        Received r = received.poll(5, TimeUnit.SECONDS);
        assertThat(JsonMapper.builder().build().readTree(r.body()).get("templateId").asString()).isEqualTo("SMS_0002");
    }

    @Test
    void aRefusalFailsAndIsLoggedWithTheNumberMasked(CapturedOutput output) {
        answerStatus = 403;
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(5)).send(new TextMessage("13912345678",
                TextMessage.Template.NOTICE, Map.of(), "通知"))).isInstanceOf(TextMessageFailedException.class);
        assertThat(output.getOut()).contains("139****5678", "HTTP 403").doesNotContain("13912345678");
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeFails() {
        answerDelayMillis = 3_000;
        long start = System.nanoTime();
        assertThatThrownBy(() -> adapter(Duration.ofMillis(500)).send(new TextMessage("13912345678",
                TextMessage.Template.NOTICE, Map.of(), "通知"))).isInstanceOf(TextMessageFailedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aGatewayUrlWithoutItsCredentialsStopsTheStart() {
        assertThatThrownBy(() -> new HttpTextMessages(new SmsProperties(URI.create("http://127.0.0.1:1/"), "acct",
                null, "签名", "SMS_1", null, null), AT_NOON)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DOORSTEP_SMS_SECRET");
    }

    @Test
    void theLoggingAdapterMasksTheNumberAndKeepsTheMessageForTests(CapturedOutput output) {
        LoggingTextMessages log = new LoggingTextMessages();
        log.send(new TextMessage("13912345678", TextMessage.Template.VERIFICATION_CODE, Map.of("code", "123456"),
                "验证码 123456"));
        assertThat(output.getOut()).contains("139****5678", "验证码 123456").doesNotContain("13912345678");
        assertThat(log.lastTo("13912345678")).map(TextMessage::code).contains("123456");
        assertThat(log.lastTo("13900000000")).isEmpty();
    }

    private static String hmacSha256Hex(String key, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
