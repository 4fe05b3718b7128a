package org.doorstep.platform;

import java.util.Map;
import java.util.Objects;

/**
 * One SMS to one mainland mobile number. Gateways in China send only approved templates, so a message names its
 * template (a {@link Template}) and the values filling it; {@code text} is the same message written out, for the log
 * and for gateways that take free text. Neither ever holds text a citizen wrote.
 */
public record TextMessage(String mobile, Template template, Map<String, String> params, String text) {

    /** The kinds of text message the platform sends; each maps to one template approved at the gateway. */
    public enum Template {
        /** params: code, minutes. */
        VERIFICATION_CODE("verification-code"),
        /** No params: someone asked to register a number that already has an account. */
        ALREADY_REGISTERED("already-registered"),
        /** params: subject, text (fixed wording with reference numbers, see Notifications). */
        NOTICE("notice");

        private final String key;

        Template(String key) {
            this.key = key;
        }

        /** The name used in settings ({@code doorstep.sms.templates.<key>}) and sent to the gateway. */
        public String key() {
            return key;
        }
    }

    public TextMessage {
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(text, "text");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** The one-time code of a {@link Template#VERIFICATION_CODE} message, or null. */
    public String code() {
        return params.get("code");
    }
}
