package org.doorstep.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing on a public lookup by number and query code, as the case status check does: after
 * {@link #CLIENT_FAILURES} failed lookups from one client, or {@link #NUMBER_FAILURES} of one number from anywhere,
 * within {@link #WINDOW} of the first, further lookups are refused until the window ends. A lookup takes its place in
 * the count before it looks ({@link #begin}) and gives it back when it succeeds, in one atomic upsert per key, so
 * parallel guesses on several nodes get no more answers than allowed. Keys are keyed hashes (they hold addresses).
 */
@Component
public class FailedLookups {

    public static final int CLIENT_FAILURES = 5;
    public static final int NUMBER_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final JdbcClient jdbc;
    private final PersonalData keys;
    private final TransactionTemplate ownTransaction;

    FailedLookups(Clock clock, JdbcClient jdbc, PersonalData keys, PlatformTransactionManager transactions) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.keys = keys;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The count must be visible to other requests at once, whatever transaction the caller is in.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Takes a place in both counts of a lookup about to be made in {@code kind} (e.g. "requests"); false, counting
     * nothing, when the client or the number has used up its failures.
     */
    public boolean begin(String kind, String client, String number) {
        OffsetDateTime now = now();
        Boolean allowed = ownTransaction.execute(tx -> {
            // Always the client's row first, then the number's: two lookups never wait for each other in a cycle.
            if (count(key(kind, "client", client), now) > CLIENT_FAILURES
                    || count(key(kind, "number", QueryCodes.normalise(number)), now) > NUMBER_FAILURES) {
                tx.setRollbackOnly();
                return false;
            }
            return true;
        });
        return Boolean.TRUE.equals(allowed);
    }

    /** The lookup found what it asked for: its place is given back, as successes are never counted. */
    public void succeeded(String kind, String client, String number) {
        OffsetDateTime windowStart = now().minus(WINDOW);
        ownTransaction.executeWithoutResult(tx -> {
            release(key(kind, "client", client), windowStart);
            release(key(kind, "number", QueryCodes.normalise(number)), windowStart);
        });
    }

    /** Rows whose window has ended count nothing any more; any node may delete them. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    public void forgetEndedWindows() {
        jdbc.sql("delete from platform_lookup_failure where window_start <= :windowStart")
                .param("windowStart", now().minus(WINDOW)).update();
    }

    private int count(String key, OffsetDateTime now) {
        return jdbc.sql("""
                insert into platform_lookup_failure (key_hash, failures, window_start) values (:key, 1, :now)
                on conflict (key_hash) do update set
                    failures = case when platform_lookup_failure.window_start <= :windowStart then 1
                                    else platform_lookup_failure.failures + 1 end,
                    window_start = case when platform_lookup_failure.window_start <= :windowStart then :now
                                        else platform_lookup_failure.window_start end
                returning failures
                """).param("key", key).param("now", now).param("windowStart", now.minus(WINDOW))
                .query(Integer.class).single();
    }

    private void release(String key, OffsetDateTime windowStart) {
        jdbc.sql("""
                update platform_lookup_failure set failures = failures - 1
                where key_hash = :key and failures > 0 and window_start > :windowStart
                """).param("key", key).param("windowStart", windowStart).update();
    }

    private String key(String kind, String what, String value) {
        return keys.keyedHash("lookup", kind + ":" + what + ":" + (value == null ? "" : value));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
