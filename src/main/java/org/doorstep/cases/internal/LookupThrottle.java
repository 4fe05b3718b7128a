package org.doorstep.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing on the public status check: after {@link #CLIENT_FAILURES} failed checks from one client, or
 * {@link #NUMBER_FAILURES} failed checks of one case number from anywhere, within {@link #WINDOW}, further checks are
 * refused until the oldest failure leaves the window. Successful checks are never counted.
 *
 * <p>Kept in memory: a restart forgets the counts, which costs an attacker nothing they could not get by waiting;
 * several nodes would share it through the same store as the sessions (DESIGN.md, "Growing past one machine").
 */
@Component
public class LookupThrottle {

    public static final int CLIENT_FAILURES = 5;
    public static final int NUMBER_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many tracked keys, stale ones are dropped, so a flood of forged numbers cannot fill the memory. */
    static final int MAX_KEYS = 50_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LookupThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a check from this client of this number must be refused now. */
    public boolean blocked(String client, String number) {
        Instant now = clock.instant();
        return recent(clientKey(client), now) >= CLIENT_FAILURES || recent(numberKey(number), now) >= NUMBER_FAILURES;
    }

    public void failed(String client, String number) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> recent(e.getKey(), now) == 0);
        }
        add(clientKey(client), now);
        add(numberKey(number), now);
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String clientKey(String client) {
        return "client:" + (client == null ? "" : client);
    }

    private static String numberKey(String number) {
        return "number:" + (number == null ? "" : number.strip().toUpperCase());
    }
}
