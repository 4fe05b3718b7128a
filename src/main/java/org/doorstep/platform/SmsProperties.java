package org.doorstep.platform;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP SMS gateway ({@code DOORSTEP_SMS_*}). Without a URL, text messages only go to the log (demo).
 *
 * @param url where messages are posted ({@code DOORSTEP_SMS_URL})
 * @param account the platform's account at the gateway ({@code DOORSTEP_SMS_ACCOUNT})
 * @param secret the key that signs each request ({@code DOORSTEP_SMS_SECRET}); never sent itself
 * @param signature the approved 短信签名, e.g. 青溪县政务服务 ({@code DOORSTEP_SMS_SIGNATURE})
 * @param template the gateway's template id used for every message kind not listed in {@code templates}
 *        ({@code DOORSTEP_SMS_TEMPLATE})
 * @param templates template ids per message kind ({@code DOORSTEP_SMS_TEMPLATES_VERIFICATION_CODE}, ...)
 * @param timeout how long one request may take, connecting included ({@code DOORSTEP_SMS_TIMEOUT})
 */
@ConfigurationProperties("doorstep.sms")
public record SmsProperties(URI url, String account, String secret, String signature, String template,
        Map<String, String> templates, Duration timeout) {

    public SmsProperties {
        // keyed without separators: from an environment variable the key arrives as "verification.code"
        Map<String, String> byName = new java.util.HashMap<>();
        if (templates != null) {
            templates.forEach((k, v) -> byName.put(plain(k), v));
        }
        templates = Map.copyOf(byName);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    public boolean gatewayConfigured() {
        return url != null && !url.toString().isBlank();
    }

    /** The gateway's template id for a kind of message. */
    public String templateId(TextMessage.Template t) {
        return templates.getOrDefault(plain(t.key()), template);
    }

    private static String plain(String key) {
        return key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
