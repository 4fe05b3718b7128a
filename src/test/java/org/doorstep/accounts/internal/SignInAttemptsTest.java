package org.doorstep.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class SignInAttemptsTest {

    @Autowired
    SignInAttempts attempts;
    @Autowired
    JdbcClient jdbc;

    /** One attempt, admitted and failed, as a wrong password makes it. */
    private void fail(String login) {
        attempts.admit(login);
        attempts.failed(login);
    }

    @Test
    void fiveFailuresInARowLockButFailuresFarApartDoNot() {
        String spaced = TestPeople.mobile();
        for (int i = 0; i < 4; i++) {
            fail(spaced);
        }
        // The last failure was 31 minutes ago: the next one starts a new run.
        jdbc.sql("update accounts_sign_in set last_failure_at = last_failure_at - interval '31 minutes' where login = ?")
                .param(spaced).update();
        fail(spaced);
        assertThat(attempts.lockedUntil(spaced)).isEmpty();

        String burst = TestPeople.mobile();
        for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
            fail(burst);
        }
        assertThat(attempts.lockedUntil(burst)).isPresent();
    }

    @Test
    void aLockedNameAdmitsNothingAndUnlockingFreesItsKnownClientsToo() {
        String login = TestPeople.mobile();
        for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
            assertThat(attempts.admit(login)).isTrue();
            attempts.failed(login);
        }
        assertThat(attempts.admit(login)).isFalse();
        String device = login + "#0123456789abcdef";
        for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
            attempts.admit(device);
            attempts.failed(device);
        }
        assertThat(attempts.admit(device)).isFalse();
        assertThat(attempts.unlock(login)).isTrue();
        assertThat(attempts.admit(login)).isTrue();
        assertThat(attempts.admit(device)).isTrue();
    }

    @Test
    void aLockExpiresAfterThirtyMinutes() {
        String login = TestPeople.mobile();
        for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
            attempts.admit(login);
            attempts.failed(login);
        }
        assertThat(attempts.lockedUntil(login)).isPresent();
        jdbc.sql("update accounts_sign_in set locked_until = now() - interval '1 second' where login = ?")
                .param(login).update();
        assertThat(attempts.admit(login)).isTrue();
        assertThat(attempts.lockedUntil(login)).isEmpty();
    }

    @Test
    void oldFailuresOfUnknownNamesAreForgotten() {
        String typo = "typo-" + System.nanoTime();
        fail(typo);
        jdbc.sql("update accounts_sign_in set last_failure_at = last_failure_at - interval '2 days' where login = ?")
                .param(typo).update();
        attempts.forgetOldFailures();
        assertThat(jdbc.sql("select count(*) from accounts_sign_in where login = ?").param(typo)
                .query(Integer.class).single()).isZero();
    }
}
