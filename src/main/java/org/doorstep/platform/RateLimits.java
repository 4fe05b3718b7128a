package org.doorstep.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rate limits in PostgreSQL, so a limit holds across parallel requests and across nodes. Each call counts one more hit
 * of the key in its current fixed window, in one atomic upsert, and weighs in the previous window's hits by the part
 * of it that still lies within one window length of now (a sliding-window estimate): a burst just before a window
 * boundary and another just after it cannot add up to twice the limit. Hits over the limit count too, so a flood
 * stays refused. Keys are stored as keyed hashes: they may hold a mobile number or a client address.
 */
@Component
public class RateLimits {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalData keys;

    RateLimits(JdbcClient jdbc, Clock clock, PersonalData keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
    }

    /**
     * Counts a hit of {@code key}; true while the hits of the last {@code window} (estimated as above) are at most
     * {@code limit}. Counted in its own transaction, so a refused request that rolls back still counts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryHit(String key, int limit, Duration window) {
        Instant now = clock.instant();
        long length = window.toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
        String hash = keys.keyedHash("rate-limit", key);
        // A window is kept for two lengths: the next one weighs it in.
        int hits = jdbc.sql("""
                insert into platform_rate_limit (key_hash, window_start, expires_at, hits) values (?, ?, ?, 1)
                on conflict (key_hash, window_start) do update set hits = platform_rate_limit.hits + 1
                returning hits""")
                .params(hash, start.atOffset(ZoneOffset.UTC), start.plus(window.multipliedBy(2)).atOffset(ZoneOffset.UTC))
                .query(Integer.class).single();
        int previous = jdbc.sql("select hits from platform_rate_limit where key_hash = ? and window_start = ?")
                .params(hash, start.minus(window).atOffset(ZoneOffset.UTC)).query(Integer.class).optional().orElse(0);
        double stillInside = 1.0 - (double) (now.toEpochMilli() - start.toEpochMilli()) / length;
        return hits + previous * stillInside <= limit;
    }

    /** Drops windows that no longer count. */
    @Scheduled(cron = "0 23 * * * *")
    @Transactional
    public void forgetEndedWindows() {
        jdbc.sql("delete from platform_rate_limit where expires_at < ?")
                .param(clock.instant().atOffset(ZoneOffset.UTC)).update();
    }
}
