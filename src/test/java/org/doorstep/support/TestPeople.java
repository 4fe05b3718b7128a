package org.doorstep.support;

import java.util.concurrent.ThreadLocalRandom;

import org.doorstep.accounts.IdentityNumbers;

/** Valid, unique identifiers for test citizens (fictional: region 110105, random serials). */
public final class TestPeople {

    private TestPeople() {
    }

    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String residentId() {
        String first17 = "11010519850612" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdentityNumbers.residentIdCheckChar(first17);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckDigit(String id) {
        char right = id.charAt(17);
        return id.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    public static String creditCode() {
        String first17 = "91361199MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + IdentityNumbers.creditCodeCheckChar(first17);
    }
}
