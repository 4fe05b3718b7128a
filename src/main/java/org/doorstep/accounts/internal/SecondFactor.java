package org.doorstep.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's second factor: a time-based one-time code (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) from an
 * authenticator app, and single-use recovery codes for a lost phone. A code is accepted for the step before, the
 * current and the next step (clocks drift), and once only: the last accepted step is stored (RFC 6238 §5.2).
 */
@Component
public class SecondFactor {

    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalData sealed;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final SecureRandom random = new SecureRandom();

    SecondFactor(JdbcClient jdbc, Clock clock, PersonalData sealed) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sealed = sealed;
    }

    boolean enrolled(String username) {
        return secret(username).isPresent();
    }

    /** A new random secret (160 bits, Base32) for enrolment; stored only once a code from it is confirmed. */
    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth URI an authenticator app reads from the QR code. */
    static String uri(String issuer, String username, String secret) {
        String label = enc(issuer) + ":" + enc(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=6&period=" + PERIOD_SECONDS;
    }

    /** Checks a code of the stored secret and uses up its time step. */
    @Transactional
    boolean verify(String username, String code) {
        Optional<String> secret = secret(username);
        if (secret.isEmpty()) {
            return false;
        }
        Optional<Long> step = matchingStep(secret.get(), code);
        // Atomic: of two sign-ins with the same code, only one moves the step on.
        return step.isPresent() && jdbc.sql("""
                update accounts_staff set totp_last_step = :step
                where username = :u and (totp_last_step is null or totp_last_step < :step)""")
                .param("step", step.get()).param("u", username).update() == 1;
    }

    /** Stores the secret once a code from it is confirmed; answers the recovery codes to show once, or empty. */
    @Transactional
    Optional<List<String>> enrol(String username, String secret, String code) {
        Optional<Long> step = matchingStep(secret, code);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        int done = jdbc.sql("""
                update accounts_staff set totp_secret = :s, totp_last_step = :step
                where username = :u and totp_secret is null""")
                .param("s", sealed.seal(Kind.SECRET, secret)).param("step", step.get()).param("u", username).update();
        return done == 1 ? Optional.of(newRecoveryCodes(username)) : Optional.empty();
    }

    /** Uses one recovery code, if it is one of the account's unused ones. */
    @Transactional
    boolean useRecoveryCode(String username, String code) {
        String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace("-", "");
        if (normalised.length() != 10) {
            return false;
        }
        return jdbc.sql("""
                update accounts_recovery_code set used_at = :now
                where code_hash = :h and used_at is null
                  and staff_id = (select id from accounts_staff where username = :u)""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("h", sha256(normalised))
                .param("u", username).update() == 1;
    }

    /** A lost phone: the security administrator clears the factor, and the next sign-in enrols anew. */
    @Transactional
    public void reset(String username) {
        jdbc.sql("update accounts_staff set totp_secret = null, totp_last_step = null where username = ?")
                .param(username).update();
        jdbc.sql("delete from accounts_recovery_code where staff_id = (select id from accounts_staff where username = ?)")
                .param(username).update();
    }

    /** Enrols an account with a given secret without a code (the demo county's documented secret). */
    @Transactional
    void enrolWithoutCode(String username, String secret) {
        jdbc.sql("update accounts_staff set totp_secret = ? where username = ?")
                .params(sealed.seal(Kind.SECRET, secret), username).update();
    }

    private Optional<Long> matchingStep(String secret, String code) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("\\d{6}")) {
            return Optional.empty();
        }
        // Real time, as the authenticator app on the phone keeps it, whatever the platform's (testable) clock says.
        long now = Clock.systemUTC().instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        c.getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(step);
                }
            } catch (CodeGenerationException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<String> newRecoveryCodes(String username) {
        jdbc.sql("delete from accounts_recovery_code where staff_id = (select id from accounts_staff where username = ?)")
                .param(username).update();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            jdbc.sql("""
                    insert into accounts_recovery_code (staff_id, code_hash)
                    select id, ? from accounts_staff where username = ?""")
                    .params(sha256(code.toString()), username).update();
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    private Optional<String> secret(String username) {
        return jdbc.sql("select totp_secret from accounts_staff where username = ? and totp_secret is not null")
                .param(username).query(String.class).optional().map(s -> sealed.open(Kind.SECRET, s));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
