package org.doorstep.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    /**
     * Takes the address's next attempt, if it may make one now: always within its free failures; past them, one
     * attempt per delay, claimed in one statement so that parallel attempts cannot all go ahead at once.
     */
    @Transactional
    boolean claim(String source) {
        OffsetDateTime now = now();
        String key = source(source);
        var throttled = jdbc.sql("""
                select failures from accounts_sign_in_source
                where source = :s and failures >= :free and last_failure_at >= :now - cast(:window as interval)
                for update""")
                .param("s", key).param("free", FREE_FAILURES).param("now", now)
                .param("window", WINDOW.toMinutes() + " minutes").query(Integer.class).optional();
        if (throttled.isEmpty()) {
            return true;
        }
        Duration delay = delay(throttled.get());
        return jdbc.sql("""
                update accounts_sign_in_source set next_attempt_at = :next
                where source = :s and coalesce(next_attempt_at, last_failure_at + cast(:delay as interval)) <= :now""")
                .param("next", now.plus(delay)).param("s", key).param("delay", delay.toSeconds() + " seconds")
                .param("now", now).update() == 1;
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
