package org.doorstep.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.doorstep.accounts.AccountChanged;
import org.doorstep.platform.Masking;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed sign-ins per login name and locks it for a while after {@link #MAX_FAILURES}. Keyed by
 * the name typed, so an unknown name behaves exactly like a known one (no account enumeration).
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

    public Optional<Instant> lockedUntil(String login) {
        return jdbc.sql("select locked_until from accounts_sign_in where login = ? and locked_until > ?")
                .params(login, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).optional();
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String login = String.valueOf(event.getAuthentication().getPrincipal());
        if (login.isBlank() || login.length() > 60) {
            return;
        }
        var now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
        int failures = jdbc.sql("""
                insert into accounts_sign_in (login, failed_attempts, last_failure_at) values (?, 1, ?)
                on conflict (login) do update set
                    failed_attempts = case when accounts_sign_in.last_failure_at < excluded.last_failure_at - ?::interval
                                           then 1 else accounts_sign_in.failed_attempts + 1 end,
                    last_failure_at = excluded.last_failure_at
                returning failed_attempts""").params(login, now, WINDOW.toMinutes() + " minutes")
                .query(Integer.class).single();
        if (failures >= MAX_FAILURES) {
            jdbc.sql("update accounts_sign_in set locked_until = ?, failed_attempts = 0 where login = ?")
                    .params(now.plus(LOCK), login).update();
            events.publishEvent(new AccountChanged("accounts.locked", Masking.maskAll(login), null,
                    "连续 " + MAX_FAILURES + " 次密码错误，锁定 " + LOCK.toMinutes() + " 分钟"));
        }
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from accounts_sign_in where login = ?").param(event.getAuthentication().getName()).update();
    }

    /** Forgets old failures of names that never signed in (typos, guessing), so the table stays small. */
    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Shanghai")
    @Transactional
    public void forgetOldFailures() {
        jdbc.sql("delete from accounts_sign_in where last_failure_at < ? and (locked_until is null or locked_until < ?)")
                .params(clock.instant().atOffset(java.time.ZoneOffset.UTC).minusDays(1),
                        clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
    }

    @Transactional
    public boolean unlock(String login) {
        return jdbc.sql("delete from accounts_sign_in where login = ?").param(login).update() > 0;
    }
}
