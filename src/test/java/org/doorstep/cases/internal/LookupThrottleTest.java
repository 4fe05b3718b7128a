package org.doorstep.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.doorstep.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The limits of the public status check, counted in the database, and that they lift once the window ends. */
@SpringBootTest
class LookupThrottleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    final MovableClock clock = new MovableClock();

    LookupThrottle throttle() {
        return new LookupThrottle(clock, jdbc, transactions);
    }

    /** Keys of their own per test, as the database is shared with the other tests of the application. */
    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aClientIsBlockedAfterFiveFailuresAndFreeAgainFifteenMinutesAfterTheFirst() {
        LookupThrottle throttle = throttle();
        String client = unique("1.2.3.");
        clock.set("2026-12-01T10:00");
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.blocked(client, "QX20261201000001")).isFalse();
            assertThat(throttle.begin(client, unique("QX2026120100"))).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.blocked(client, "QX20261201000009")).isTrue();
        assertThat(throttle.begin(client, unique("QX2026120100"))).isFalse();
        assertThat(throttle.blocked(unique("5.6.7."), "QX20261201000009")).isFalse();
        clock.set("2026-12-01T10:15");
        assertThat(throttle.blocked(client, "QX20261201000009")).isFalse();
        assertThat(throttle.begin(client, unique("QX2026120100"))).isTrue();
    }

    @Test
    void aCaseNumberIsBlockedAfterTenFailuresFromAnywhereWhateverTheCaseOfTheNumber() {
        LookupThrottle throttle = throttle();
        String number = unique("QX2026120100").toUpperCase();
        clock.set("2026-12-01T10:00");
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.begin(unique("10.0.0."), i % 2 == 0 ? number.toLowerCase() : " " + number + " "))
                    .isTrue();
        }
        assertThat(throttle.blocked(unique("10.0.1."), number)).isTrue();
        assertThat(throttle.begin(unique("10.0.1."), number)).isFalse();
        assertThat(throttle.blocked(unique("10.0.1."), unique("QX2026120100"))).isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.blocked(unique("10.0.1."), number)).isFalse();
    }

    @Test
    void aSuccessfulCheckGivesItsPlaceBackSoSuccessesAreNeverCounted() {
        LookupThrottle throttle = throttle();
        String client = unique("1.2.4.");
        String number = unique("QX2026120100");
        clock.set("2026-12-01T11:00");
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.begin(client, number)).isTrue();
            throttle.succeeded(client, number);
        }
        assertThat(throttle.blocked(client, number)).isFalse();
    }

    @Test
    void aRefusedCheckCountsNothingAgainstTheNumber() {
        LookupThrottle throttle = throttle();
        String guesser = unique("1.2.5.");
        String number = unique("QX2026120100");
        clock.set("2026-12-01T12:00");
        for (int i = 0; i < 5; i++) {
            throttle.begin(guesser, unique("QX2026120100"));
        }
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.begin(guesser, number)).isFalse();
        }
        // The blocked guesser's refused tries did not use up the number's ten failures.
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.begin(unique("10.0.2."), number)).isTrue();
        }
        assertThat(throttle.begin(unique("10.0.2."), number)).isFalse();
    }

    @Test
    void aForgedNumberOfThousandsOfCharactersIsCountedLikeAnyOther() {
        LookupThrottle throttle = throttle();
        String client = unique("1.2.7.");
        StringBuilder random = new StringBuilder();
        while (random.length() < 20_000) {
            random.append(UUID.randomUUID());
        }
        // Random, so the database cannot compress it into an index entry.
        String forged = random.toString();
        clock.set("2026-12-01T13:00");
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin(client, forged + i)).isTrue();
        }
        assertThat(throttle.begin(client, forged)).isFalse();
    }

    @Test
    void endedWindowsAreDeletedByTheCleanUp() {
        LookupThrottle throttle = throttle();
        String client = unique("1.2.6.");
        clock.set("2026-12-01T09:00");
        throttle.begin(client, unique("QX2026120100"));
        clock.set("2026-12-01T09:20");
        throttle.forgetEndedWindows();
        assertThat(jdbc.sql("select count(*) from cases_lookup_failure where key = :key")
                .param("key", "client:" + client).query(Integer.class).single()).isZero();
    }
}
