package org.doorstep.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * At least 10 characters with letters and digits, at most 72 bytes (bcrypt compares no further), not one of the
 * commonest leaked passwords and not containing the account name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; a longer password would silently be cut, so it is refused instead. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("/accounts/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** The reason the password is not acceptable, or empty. */
    public static Optional<String> problem(String password, String accountName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少 " + MIN_LENGTH + " 位");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("密码不能超过 " + MAX_BYTES + " 个字节（字母、数字和符号各占 1 个，汉字占 3 个）");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("密码不能包含控制字符");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            return Optional.of("密码须同时包含字母和数字");
        }
        if (accountName != null && !accountName.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(accountName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能包含账号或手机号");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("这是最常见的弱密码之一，很容易被猜中，请换一个");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
