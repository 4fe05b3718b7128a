package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.IntStream;

import org.doorstep.support.Markers;
import org.doorstep.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Limits count the last window's length, not a calendar window: no double burst across a boundary. */
@SpringBootTest
@Import(MovableClock.Config.class)
class RateLimitsTest {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    RateLimits limits;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    long allowed(String key, int tries) {
        return IntStream.range(0, tries).filter(i -> limits.tryHit(key, 5, MINUTE)).count();
    }

    @Test
    void aBurstJustBeforeAWindowBoundaryAndOneJustAfterDoNotAddUpToTwiceTheLimit() {
        String key = Markers.unique("limit-");
        clock.set("2026-12-05T10:00:59.900");
        assertThat(allowed(key, 5)).isEqualTo(5);
        clock.set("2026-12-05T10:01:00.100");
        assertThat(allowed(key, 1)).as("a fixed window would allow 5 more here").isZero();
        // Half way through the next minute, half of the earlier burst still counts: 2.5 + 2 ≤ 5, 2.5 + 3 > 5.
        clock.set("2026-12-05T10:01:30");
        assertThat(allowed(key, 3)).isEqualTo(1);
        // Once a whole window has passed without hits, the limit is whole again.
        clock.set("2026-12-05T10:03:30");
        assertThat(allowed(key, 8)).isEqualTo(5);
    }

    @Test
    void countersKeepAKeyedHashOfWhatTheyCountNotOneAnyoneCanRecompute() throws Exception {
        String key = "requests:contact:13912345678" + Markers.unique(":");
        limits.tryHit(key, 5, MINUTE);
        String plainSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select count(*) from platform_rate_limit where key_hash = ?").param(plainSha256)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from platform_rate_limit where key_hash like '%1391234%'")
                .query(Integer.class).single()).isZero();
    }
}
