package org.doorstep.platform;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link TextMessages} over an HTTP SMS gateway (or the county's SMS relay). The contract, one request per message:
 *
 * <pre>
 * POST {DOORSTEP_SMS_URL}
 * Content-Type: application/json; charset=utf-8
 * X-Sms-Account:   {DOORSTEP_SMS_ACCOUNT}
 * X-Sms-Timestamp: {seconds since 1970}
 * X-Sms-Signature: {lower-case hex of HMAC-SHA256(DOORSTEP_SMS_SECRET, timestamp + "\n" + body)}
 *
 * {"mobile":"13912345678","signName":"{DOORSTEP_SMS_SIGNATURE}","templateId":"{template id}",
 *  "templateParams":{"code":"123456","minutes":"5"},"text":"the message written out"}
 * </pre>
 *
 * Any 2xx answer means accepted; anything else, or no answer within the timeout, is a failure, logged with the number
 * masked. The secret never travels; the timestamp lets the gateway refuse replays.
 */
public class HttpTextMessages implements TextMessages {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTextMessages.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SmsProperties settings;
    private final Clock clock;
    private final HttpClient http;

    public HttpTextMessages(SmsProperties settings, Clock clock) {
        for (var required : Map.of("DOORSTEP_SMS_ACCOUNT", String.valueOf(settings.account()),
                "DOORSTEP_SMS_SECRET", String.valueOf(settings.secret()),
                "DOORSTEP_SMS_SIGNATURE", String.valueOf(settings.signature()),
                "DOORSTEP_SMS_TEMPLATE", String.valueOf(settings.template())).entrySet()) {
            if ("null".equals(required.getValue()) || required.getValue().isBlank()) {
                throw new IllegalStateException("DOORSTEP_SMS_URL is set, so " + required.getKey() + " must be set too");
            }
        }
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(TextMessage m) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mobile", m.mobile());
        body.put("signName", settings.signature());
        body.put("templateId", settings.templateId(m.template()));
        body.put("templateParams", m.params());
        body.put("text", m.text());
        String json = JSON.writeValueAsString(body);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Sms-Account", settings.account())
                .header("X-Sms-Timestamp", timestamp)
                .header("X-Sms-Signature", sign(timestamp + "\n" + json))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        String to = Masking.maskPhone(m.mobile());
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("SMS gateway unreachable for [{}] to {}: {}", m.template().key(), to, e.toString());
            throw new TextMessageFailedException("短信网关无法连接", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TextMessageFailedException("短信发送被中断", e);
        }
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body();
            LOG.warn("SMS gateway refused [{}] to {}: HTTP {} {}", m.template().key(), to, response.statusCode(),
                    Masking.maskAll(answer.length() > 200 ? answer.substring(0, 200) : answer));
            throw new TextMessageFailedException("短信网关拒绝发送（HTTP " + response.statusCode() + "）");
        }
        LOG.info("SMS [{}] to {} accepted by the gateway", m.template().key(), to);
    }

    private String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
