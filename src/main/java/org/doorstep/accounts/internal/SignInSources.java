package org.doorstep.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down one client address that keeps failing: after {@link #FREE_FAILURES} failures within {@link #WINDOW},
 * each further attempt must wait twice as long as the last (1 s, 2 s, 4 s … at most {@link #MAX_DELAY}). A
 * government office behind one address keeps its free failures; a script trying logins one after another does not.
 */
@Component
class SignInSources {

    static final int FREE_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInSources(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the address must still wait before its next attempt, if at all. */
    Optional<Duration> wait(String source) {
        OffsetDateTime now = now();
        return jdbc.sql("select failures, last_failure_at from accounts_sign_in_source where source = ?")
                .param(source(source))
                .query((rs, n) -> {
                    int failures = rs.getInt(1);
                    OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
                    if (failures < FREE_FAILURES || last.isBefore(now.minus(WINDOW))) {
                        return Duration.ZERO;
                    }
                    Duration delay = delay(failures);
                    Duration left = Duration.between(now, last.plus(delay));
                    return left.isNegative() ? Duration.ZERO : left;
                }).optional().filter(d -> !d.isZero());
    }

    @Transactional
    void failed(String source) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into accounts_sign_in_source (source, failures, last_failure_at) values (:s, 1, :now)
                on conflict (source) do update set
                    failures = case when accounts_sign_in_source.last_failure_at < :now - cast(:window as interval)
                                    then 1 else accounts_sign_in_source.failures + 1 end,
                    last_failure_at = :now""")
                .param("s", source(source)).param("now", now).param("window", WINDOW.toMinutes() + " minutes")
                .update();
    }

    /** The wait after the n-th failure in a row: nothing for the free ones, then doubling up to the ceiling. */
    static Duration delay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private static String source(String address) {
        String s = address == null || address.isBlank() ? "unknown" : address;
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
