package org.doorstep.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an action into a {@link PendingEntry}: resolves the actor, serialises before/after to JSON, masks personal
 * data everywhere and makes every field storable exactly as it is hashed (PostgreSQL text cannot hold NUL, for
 * instance, and a stored value that differs from the hashed one would look like tampering).
 */
@Component
public class EntryFactory {

    private static final Logger log = LoggerFactory.getLogger(EntryFactory.class);

    private static final java.util.regex.Pattern CITIZEN_LOGIN = java.util.regex.Pattern.compile(
            "c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Larger states are stored as a masked preview: the audit trail is no document store. */
    static final int MAX_JSON_CHARS = 100_000;
    static final int PREVIEW_CHARS = 2_000;
    static final int MAX_TEXT_CHARS = 1_000;
    static final int MAX_ACTION_CHARS = 100;

    /** A JSON \u0000 escape (not preceded by an escaped backslash), which jsonb rejects. */
    private static final Pattern JSON_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private final JsonMapper json = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private final OriginResolver origins;
    private final Clock clock;

    EntryFactory(OriginResolver origins, Clock clock) {
        this.origins = origins;
        this.clock = clock;
    }

    public PendingEntry create(String action, String subject, Object before, Object after) {
        return create(origins.current(), action, subject, before, after);
    }

    /** An entry by the given actor rather than the signed-in one (sign-in and sign-out events). */
    public PendingEntry create(org.springframework.security.core.Authentication actor, String action, String subject,
            Object before, Object after) {
        return create(origins.of(actor), action, subject, before, after);
    }

    private PendingEntry create(Origin o, String action, String subject, Object before, Object after) {
        if (action == null || action.isBlank()) {
            throw new InvalidInputException("action", "审计记录缺少操作代码");
        }
        // A citizen's login (c-<account id>) holds no personal data, and masking could mistake its digits for a number.
        String actor = o.actor() != null && CITIZEN_LOGIN.matcher(o.actor()).matches() ? o.actor()
                : text(o.actor(), MAX_ACTION_CHARS);
        Origin masked = new Origin(actor, text(o.roleCode(), MAX_ACTION_CHARS),
                text(o.unitCode(), MAX_ACTION_CHARS), text(o.requestId(), MAX_ACTION_CHARS), text(o.clientIp(), 64));
        // timestamptz keeps microseconds; the hash must be over what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new PendingEntry(now, masked, text(action.strip(), MAX_ACTION_CHARS), text(subject, MAX_TEXT_CHARS),
                toJson(before), toJson(after));
    }

    /** Masked JSON for a state, or null. Never throws: an unserialisable state must not stop the change itself. */
    String toJson(Object state) {
        if (state == null) {
            return null;
        }
        String text;
        try {
            text = json.writeValueAsString(state);
        } catch (JacksonException e) {
            log.warn("Audit state of type {} cannot be serialised, storing its text form: {}",
                    state.getClass().getName(), e.getOriginalMessage());
            text = json.writeValueAsString(fallback(state));
        }
        text = JSON_NUL.matcher(clean(Masking.maskAll(text))).replaceAll("$1\\\\ufffd");
        if (text.length() > MAX_JSON_CHARS) {
            Map<String, Object> preview = new LinkedHashMap<>();
            preview.put("truncated", true);
            preview.put("length", text.length());
            preview.put("preview", clean(text.substring(0, PREVIEW_CHARS)));
            text = json.writeValueAsString(preview);
        }
        return text;
    }

    private static Map<String, Object> fallback(Object state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", state.getClass().getName());
        m.put("text", clean(String.valueOf(state)));
        return m;
    }

    /** Masked, storable and bounded free text, or null. */
    static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        String s = clean(Masking.maskAll(value));
        if (s.length() > max) {
            int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
            s = s.substring(0, end) + "…";
        }
        return s;
    }

    /** NUL and unpaired surrogates become U+FFFD, which PostgreSQL stores unchanged. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c == '\0'
                    || (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? s : out.toString();
    }
}
