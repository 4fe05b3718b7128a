package org.doorstep.accounts.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a signed-in citizen or firm is called inside the platform: {@code c-<account id>}, never the mobile number they
 * sign in with, so that cases, requests, topics, sessions and the audit trail that keep "who" keep no personal data.
 */
public final class CitizenLogins {

    private static final Pattern LOGIN = Pattern.compile(
            "c-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private CitizenLogins() {
    }

    public static String of(UUID account) {
        return "c-" + account;
    }

    /** The account id a citizen login names; empty for anything else (a staff user name). */
    public static Optional<UUID> id(String login) {
        if (login == null) {
            return Optional.empty();
        }
        var m = LOGIN.matcher(login);
        return m.matches() ? Optional.of(UUID.fromString(m.group(1))) : Optional.empty();
    }
}
