package org.doorstep.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.RateLimits;
import org.doorstep.platform.TextMessage;
import org.doorstep.platform.TextMessageFailedException;
import org.doorstep.platform.TextMessages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time SMS codes that prove a person holds a mobile number: 6 digits from {@link SecureRandom}, valid
 * {@link #VALID_FOR}, at most {@link #MAX_TRIES} tries, stored only as a hash, sent directly through the SMS port.
 * Sending is limited per number (by default 1 a minute, 10 a day) and per client address (20 an hour), counted
 * atomically in PostgreSQL ({@link PortalLimits}).
 */
@Service
public class VerificationCodes {

    public static final Duration VALID_FOR = Duration.ofMinutes(5);
    public static final int MAX_TRIES = 5;
    /** The answer to a wrong, used, expired or exhausted code alike, so none of them tells anything apart. */
    public static final String WRONG_CODE = "验证码不正确或已失效，请重新获取";

    /** What a code proves the holder wants to do. */
    public enum Purpose {
        REGISTER, RESET_PASSWORD, ANONYMOUS_FORM
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** bcrypt, so that a copy of the table does not give the live codes back in a moment. */
    private static final BCryptPasswordEncoder HASH = new BCryptPasswordEncoder(6);

    private final JdbcClient jdbc;
    private final TextMessages sms;
    private final RateLimits limits;
    private final PortalLimits max;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final PersonalData sealed;

    VerificationCodes(JdbcClient jdbc, TextMessages sms, RateLimits limits, PortalLimits max, TransactionTemplate tx,
            Clock clock, PersonalData sealed) {
        this.sealed = sealed;
        this.tx = tx;
        this.jdbc = jdbc;
        this.sms = sms;
        this.limits = limits;
        this.max = max;
        this.clock = clock;
    }

    /**
     * Sends a new code for a purpose to a number, replacing any earlier one. Not inside a caller's transaction: each
     * limit is counted in its own, the code is stored in its own, and the SMS goes out holding no connection.
     *
     * @param client the requesting client's network address
     * @throws InvalidInputException (field {@code mobile}) for a number that is not a mainland mobile number
     * @throws TooManyMessagesException when a limit of the number or of the client is reached
     */
    public void send(String mobile, Purpose purpose, String client) {
        String number = requireMobile(mobile);
        allowMessage(number, client);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        String hash = HASH.encode(code);
        tx.executeWithoutResult(status -> {
            jdbc.sql("delete from accounts_verification_code where mobile_hash = ? and purpose = ?")
                    .params(sealed.lookupHash(Kind.PHONE, number), purpose.name()).update();
            jdbc.sql("""
                    insert into accounts_verification_code (id, mobile_hash, purpose, code_hash, created_at, expires_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), sealed.lookupHash(Kind.PHONE, number), purpose.name(), hash, now,
                            now.plus(VALID_FOR)).update();
        });
        deliver(new TextMessage(number, TextMessage.Template.VERIFICATION_CODE,
                Map.of("code", code, "minutes", Long.toString(VALID_FOR.toMinutes())),
                "验证码 " + code + "，" + VALID_FOR.toMinutes() + " 分钟内有效，仅用于" + what(purpose)
                        + "。请勿告诉他人；如非本人操作，请忽略。"));
    }

    /**
     * Sends a fixed message instead of a code, counted against the same limits as a code, so that the requester
     * cannot tell the two apart (a registration for a number that already has an account).
     */
    public void sendInstead(String mobile, TextMessage.Template template, String text, String client) {
        String number = requireMobile(mobile);
        allowMessage(number, client);
        deliver(new TextMessage(number, template, Map.of(), text));
    }

    /** Counts a request against the limits and sends nothing (a password reset for a number without an account). */
    public void countWithoutSending(String mobile, String client) {
        allowMessage(requireMobile(mobile), client);
    }

    /**
     * Uses up the current code of a number for a purpose if {@code code} is it: true once per code. A wrong code
     * costs one of its {@link #MAX_TRIES} tries; after that, or after {@link #VALID_FOR}, even the right one is refused.
     * Counted in its own transaction, so a try counts even when the caller's form is refused and rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean use(String mobile, Purpose purpose, String code) {
        String number = IdentityNumbers.normalise(mobile);
        if (number == null || code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var current = jdbc.sql("""
                update accounts_verification_code set tries = tries + 1
                where mobile_hash = ? and purpose = ? and used_at is null and expires_at > ? and tries < ?
                returning id, code_hash""")
                .params(sealed.lookupHash(Kind.PHONE, number), purpose.name(), now, MAX_TRIES)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).optional();
        if (current.isEmpty() || !HASH.matches(code.strip(), (String) current.get()[1])) {
            return false;
        }
        // Of two requests with the right code at once, only the one that marks it used goes on.
        return jdbc.sql("update accounts_verification_code set used_at = ? where id = ? and used_at is null")
                .params(now, current.get()[0]).update() == 1;
    }

    /** Forgets codes that can no longer be used. */
    @org.springframework.scheduling.annotation.Scheduled(cron = "0 41 * * * *")
    @Transactional
    public void forgetOldCodes() {
        jdbc.sql("delete from accounts_verification_code where expires_at < ?")
                .param(clock.instant().atOffset(ZoneOffset.UTC).minusDays(1)).update();
    }

    private void allowMessage(String number, String client) {
        if (!limits.tryHit("sms:minute:" + number, max.codesPerNumberMinute(), Duration.ofMinutes(1))) {
            throw new TooManyMessagesException("获取验证码过于频繁，请 60 秒后再试");
        }
        if (!limits.tryHit("sms:day:" + number, max.codesPerNumberDay(), Duration.ofDays(1))) {
            throw new TooManyMessagesException("该手机号今日获取验证码次数已达上限，请明天再试");
        }
        if (!limits.tryHit("sms:client:" + client, max.codesPerClientHour(), Duration.ofHours(1))) {
            throw new TooManyMessagesException("本机获取验证码过于频繁，请 1 小时后再试");
        }
    }

    private void deliver(TextMessage m) {
        try {
            sms.send(m);
        } catch (TextMessageFailedException e) {
            // the gateway's reason is in the log (masked); the person only needs to know to try again
            throw new TextMessageFailedException("短信暂时无法发送，请稍后再试", e);
        }
    }

    private static String requireMobile(String mobile) {
        String number = IdentityNumbers.normalise(mobile);
        if (!IdentityNumbers.isValidMobile(number)) {
            throw new InvalidInputException("mobile", "手机号应为 11 位中国大陆手机号");
        }
        return number;
    }

    private static String what(Purpose purpose) {
        return switch (purpose) {
            case REGISTER -> "注册账号";
            case RESET_PASSWORD -> "重设密码";
            case ANONYMOUS_FORM -> "提交申请";
        };
    }
}
