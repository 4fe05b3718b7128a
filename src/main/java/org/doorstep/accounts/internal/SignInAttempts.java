package org.doorstep.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.doorstep.accounts.AccountChanged;
import org.doorstep.platform.Masking;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts per login name and locks it for a while after {@link #MAX_FAILURES}. An attempt is counted
 * <em>before</em> its password is compared, in one atomic statement, so parallel guesses get no more than
 * {@link #MAX_FAILURES} comparisons between them; a success clears the count. Keyed by the name typed, so an unknown
 * name behaves exactly like a known one (no account enumeration); a known client signs in under its own key (see
 * {@link KnownDevices}).
 */
@Component
public class SignInAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(30);
    /** Failures count as consecutive while each follows the previous within this window. */
    public static final Duration WINDOW = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInAttempts(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public Optional<Instant> lockedUntil(String key) {
        return jdbc.sql("select locked_until from accounts_sign_in where login = ? and locked_until > ?")
                .params(key, now())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /**
     * Counts one attempt under the key and answers whether its password may be compared: not while the key is
     * locked, nor when {@link #MAX_FAILURES} attempts are already failed or under way.
     */
    @Transactional
    public boolean admit(String key) {
        if (key.isBlank() || key.length() > 100) {
            return false;
        }
        OffsetDateTime now = now();
        return jdbc.sql("""
                insert into accounts_sign_in (login, failed_attempts, last_failure_at) values (:key, 1, :now)
                on conflict (login) do update set
                    failed_attempts = case
                        when accounts_sign_in.locked_until > :now then accounts_sign_in.failed_attempts
                        when accounts_sign_in.locked_until is not null
                          or accounts_sign_in.last_failure_at < :now - cast(:window as interval) then 1
                        else accounts_sign_in.failed_attempts + 1 end,
                    locked_until = case when accounts_sign_in.locked_until > :now
                                        then accounts_sign_in.locked_until end,
                    last_failure_at = :now
                returning failed_attempts <= :max and locked_until is null""")
                .param("key", key).param("now", now).param("window", WINDOW.toMinutes() + " minutes")
                .param("max", MAX_FAILURES).query(Boolean.class).single();
    }

    /** The admitted attempt failed: at {@link #MAX_FAILURES} failures the key is locked. */
    @Transactional
    public void failed(String key) {
        OffsetDateTime now = now();
        int locked = jdbc.sql("""
                update accounts_sign_in set locked_until = :until, failed_attempts = 0
                where login = :key and failed_attempts >= :max and locked_until is null""")
                .param("until", now.plus(LOCK)).param("key", key).param("max", MAX_FAILURES).update();
        if (locked > 0) {
            events.publishEvent(new AccountChanged("accounts.locked", Masking.maskAll(key), null,
                    "连续 " + MAX_FAILURES + " 次密码错误，锁定 " + LOCK.toMinutes() + " 分钟"));
        }
    }

    @Transactional
    public void succeeded(String key) {
        jdbc.sql("delete from accounts_sign_in where login = ?").param(key).update();
    }

    /** Forgets old failures of names that never signed in (typos, guessing), so the table stays small. */
    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Shanghai")
    @Transactional
    public void forgetOldFailures() {
        jdbc.sql("delete from accounts_sign_in where last_failure_at < ? and (locked_until is null or locked_until < ?)")
                .params(now().minusDays(1), now()).update();
        jdbc.sql("delete from accounts_sign_in_source where last_failure_at < ?").params(now().minusDays(1)).update();
    }

    /** Lifts a lockout of the login and of every known client of it. */
    @Transactional
    public boolean unlock(String login) {
        return jdbc.sql("delete from accounts_sign_in where login = ? or login like ? escape '\\'")
                .params(login, login.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "#%")
                .update() > 0;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
