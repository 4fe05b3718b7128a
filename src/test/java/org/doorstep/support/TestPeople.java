package org.doorstep.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.doorstep.accounts.IdentityNumbers;

/** Valid, unique identifiers for test citizens (fictional: region 110105, random serials). */
public final class TestPeople {

    private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(1960, 1, 1);
    private static final int BIRTHDAYS = 14_610; // 1960-01-01 to 1999-12-31: adults, none of them elderly
    /**
     * A counter from a random start, so that no two calls in one test run give the same number (tests in one JVM share
     * a database, and a repeated number makes one test's citizen own another's certificates) while runs still differ.
     */
    private static final AtomicInteger NEXT_ID = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(BIRTHDAYS * 1000));

    private TestPeople() {
    }

    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String residentId() {
        int n = Math.floorMod(NEXT_ID.getAndIncrement(), BIRTHDAYS * 1000);
        String birthday = FIRST_BIRTHDAY.plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = "110105" + birthday + String.format("%03d", n % 1000);
        return first17 + IdentityNumbers.residentIdCheckChar(first17);
    }

    /**
     * The same number with a wrong check character, one that does not make it a valid 统一社会信用代码 either (18
     * digits can pass that check too: about one number in 31 would, and a form that takes both would accept it).
     */
    public static String withWrongCheckDigit(String id) {
        String first17 = id.substring(0, 17);
        for (char c : "0123456789X".toCharArray()) {
            String wrong = first17 + c;
            if (c != id.charAt(17) && !IdentityNumbers.isValidResidentId(wrong)
                    && !IdentityNumbers.isValidCreditCode(wrong)) {
                return wrong;
            }
        }
        throw new IllegalStateException("no wrong check character for " + id);
    }

    public static String creditCode() {
        String first17 = "91361199MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + IdentityNumbers.creditCodeCheckChar(first17);
    }
}
