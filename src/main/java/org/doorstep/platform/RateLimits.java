package org.doorstep.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window counters in PostgreSQL, so a limit holds across parallel requests and across nodes: each call counts
 * one more hit in one atomic upsert and says whether the count is still within the limit. Hits over the limit count
 * too, so a flood stays refused until its window ends.
 */
@Component
public class RateLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts a hit of {@code key} in the current window of length {@code window}; true while the window holds at
     * most {@code limit} hits. Counted in its own transaction, so a refused request that rolls back still counts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryHit(String key, int limit, Duration window) {
        Instant now = clock.instant();
        long length = window.toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
        int hits = jdbc.sql("""
                insert into platform_rate_limit (key_hash, window_start, expires_at, hits) values (?, ?, ?, 1)
                on conflict (key_hash, window_start) do update set hits = platform_rate_limit.hits + 1
                returning hits""")
                .params(hash(key), start.atOffset(ZoneOffset.UTC), start.plus(window).atOffset(ZoneOffset.UTC))
                .query(Integer.class).single();
        return hits <= limit;
    }

    /** Drops windows that have ended. */
    @Scheduled(cron = "0 23 * * * *")
    @Transactional
    public void forgetEndedWindows() {
        jdbc.sql("delete from platform_rate_limit where expires_at < ?")
                .param(clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
