package org.doorstep.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients that have signed in to an account before, recognised by a random token in a cookie (kept only as its
 * SHA-256 here). Such a client signs in under its own failure count, so strangers who lock the account by guessing
 * do not lock out its owner at their usual desk (OWASP "device cookies").
 */
@Component
class KnownDevices {

    static final String COOKIE = "DOORSTEP_DEVICE";
    static final int DAYS = 180;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    KnownDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key a sign-in from this client counts its failures under: the client's own, or the login's. */
    String attemptKey(String login, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return login;
        }
        String hash = hash(token);
        boolean known = jdbc.sql("select count(*) from accounts_known_device where token_hash = ? and login = ?")
                .params(hash, login).query(Integer.class).single() > 0;
        return known ? login + "#" + hash.substring(0, 16) : login;
    }

    /** Remembers this client for the login; answers the token to put in its cookie. */
    @Transactional
    String remember(String login, String presented) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        if (presented != null && !presented.isBlank() && presented.length() <= 100) {
            int touched = jdbc.sql("update accounts_known_device set last_used_at = ? where token_hash = ? and login = ?")
                    .params(now, hash(presented), login).update();
            if (touched > 0) {
                return presented;
            }
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into accounts_known_device (token_hash, login, created_at, last_used_at) values (?, ?, ?, ?)")
                .params(hash(token), login, now, now).update();
        return token;
    }

    @Scheduled(cron = "0 27 3 * * *", zone = "Asia/Shanghai")
    @Transactional
    public void forgetUnused() {
        jdbc.sql("delete from accounts_known_device where last_used_at < ?")
                .param(clock.instant().atOffset(ZoneOffset.UTC).minusDays(DAYS)).update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
