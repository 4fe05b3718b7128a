package org.doorstep.support;

import java.util.Objects;

import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Finds rows by a telephone number that the table keeps sealed, as an officer's screen would: by opening it. */
public final class SealedRows {

    private SealedRows() {
    }

    /** A column of the newest of the table's last 50 rows whose sealed telephone column holds the number. */
    public static String newest(JdbcClient jdbc, PersonalData sealed, String table, String column, String phoneColumn,
            String phone) {
        // Identifiers are the calling test's constants.
        return jdbc.sql("select " + column + " as c, " + phoneColumn + " as p from " + table
                        + " order by id desc limit 50")
                .query((rs, n) -> phone.equals(sealed.open(Kind.PHONE, rs.getString("p"))) ? rs.getString("c") : null)
                .list().stream().filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + table + " with that number"));
    }
}
