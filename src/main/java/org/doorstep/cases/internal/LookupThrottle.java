package org.doorstep.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing on the public status check: after {@link #CLIENT_FAILURES} failed checks from one client, or
 * {@link #NUMBER_FAILURES} failed checks of one case number from anywhere, within {@link #WINDOW} of the first of
 * them, further checks are refused until the window ends. Successful checks are never counted.
 *
 * <p>Counted in the database with one atomic upsert per key, and a check takes its place in the count <em>before</em>
 * it looks anything up ({@link #begin}), giving it back when it succeeds ({@link #succeeded}). So forty parallel
 * guesses get exactly the allowed number of answers, on one node or several.
 */
@Component
public class LookupThrottle {

    public static final int CLIENT_FAILURES = 5;
    public static final int NUMBER_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_NUMBER_CHARS = 64;

    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    LookupThrottle(Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The count must be visible to other requests at once, whatever transaction the caller is in.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Takes a place in both counts for a check about to be made; false (and nothing counted) when the client or the
     * number has used up its failures, so the check must be refused.
     */
    public boolean begin(String client, String number) {
        OffsetDateTime now = now();
        Boolean allowed = ownTransaction.execute(tx -> {
            // Always the client's row first, then the number's: two checks never wait for each other in a cycle.
            if (count(clientKey(client), now) > CLIENT_FAILURES || count(numberKey(number), now) > NUMBER_FAILURES) {
                tx.setRollbackOnly();
                return false;
            }
            return true;
        });
        return Boolean.TRUE.equals(allowed);
    }

    /** The check found the case: its place is given back, as successes are never counted. */
    public void succeeded(String client, String number) {
        OffsetDateTime windowStart = now().minus(WINDOW);
        ownTransaction.executeWithoutResult(tx -> {
            release(clientKey(client), windowStart);
            release(numberKey(number), windowStart);
        });
    }

    /** Whether a check from this client of this number would be refused now (counts nothing). */
    public boolean blocked(String client, String number) {
        OffsetDateTime windowStart = now().minus(WINDOW);
        return current(clientKey(client), windowStart) >= CLIENT_FAILURES
                || current(numberKey(number), windowStart) >= NUMBER_FAILURES;
    }

    /** Rows whose window has ended count nothing any more; any node may delete them, deleting twice is harmless. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    public void forgetEndedWindows() {
        jdbc.sql("delete from cases_lookup_failure where window_start <= :windowStart")
                .param("windowStart", now().minus(WINDOW)).update();
    }

    /** Adds one to the key's count (starting a new window when the last one has ended) and returns the new count. */
    private int count(String key, OffsetDateTime now) {
        return jdbc.sql("""
                insert into cases_lookup_failure (key, failures, window_start) values (:key, 1, :now)
                on conflict (key) do update set
                    failures = case when cases_lookup_failure.window_start <= :windowStart then 1
                                    else cases_lookup_failure.failures + 1 end,
                    window_start = case when cases_lookup_failure.window_start <= :windowStart then :now
                                        else cases_lookup_failure.window_start end
                returning failures
                """).param("key", key).param("now", now).param("windowStart", now.minus(WINDOW))
                .query(Integer.class).single();
    }

    private void release(String key, OffsetDateTime windowStart) {
        jdbc.sql("""
                update cases_lookup_failure set failures = failures - 1
                where key = :key and failures > 0 and window_start > :windowStart
                """).param("key", key).param("windowStart", windowStart).update();
    }

    private int current(String key, OffsetDateTime windowStart) {
        return jdbc.sql("select failures from cases_lookup_failure where key = :key and window_start > :windowStart")
                .param("key", key).param("windowStart", windowStart).query(Integer.class).optional().orElse(0);
    }

    private OffsetDateTime now() {
        Instant now = clock.instant();
        return now.atOffset(ZoneOffset.UTC);
    }

    private static String clientKey(String client) {
        return "client:" + (client == null ? "" : client);
    }

    private static String numberKey(String number) {
        String n = number == null ? "" : number.strip().toUpperCase();
        // Real numbers are 16 characters; a forged one is cut so the key always fits the primary key's index.
        return "number:" + (n.length() > MAX_NUMBER_CHARS ? n.substring(0, MAX_NUMBER_CHARS) : n);
    }
}
