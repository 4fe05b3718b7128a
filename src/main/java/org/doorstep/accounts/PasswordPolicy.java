package org.doorstep.accounts;

import java.util.Optional;

/** At least 10 characters with letters and digits, and not containing the account name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** The reason the password is not acceptable, or empty. */
    public static Optional<String> problem(String password, String accountName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少 " + MIN_LENGTH + " 位");
        }
        if (password.length() > 128) {
            return Optional.of("密码不能超过 128 位");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            return Optional.of("密码须同时包含字母和数字");
        }
        if (accountName != null && !accountName.isBlank() && password.toLowerCase().contains(accountName.toLowerCase())) {
            return Optional.of("密码不能包含账号或手机号");
        }
        return Optional.empty();
    }
}
