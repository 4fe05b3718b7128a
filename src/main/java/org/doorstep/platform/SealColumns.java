package org.doorstep.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration (a Spring bean, so it has the key) that seals a table's personal data stored in clear before
 * {@link PersonalData} existed: for each column it writes the sealed value and, where the column is searched, its
 * keyed hash into the columns an earlier migration added; a later migration drops the clear columns. Rows are read
 * and written a batch at a time by primary key, so a large table does not fill memory.
 */
public class SealColumns implements JavaMigration {

    /**
     * A clear column and where its sealed value (and, if not null, its keyed hash) go.
     */
    public record Column(String clear, PersonalData.Kind kind, String sealed, String hash) {
    }

    private static final int BATCH = 1000;

    private final MigrationVersion version;
    private final String description;
    private final PersonalData data;
    private final String table;
    private final String key;
    private final List<Column> columns;

    public SealColumns(String version, String description, PersonalData data, String table, String key,
            Column... columns) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.data = data;
        this.table = table;
        this.key = key;
        this.columns = List.of(columns);
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        List<String> sets = new ArrayList<>();
        List<String> clear = new ArrayList<>();
        for (Column c : columns) {
            clear.add(c.clear());
            sets.add(c.sealed() + " = ?");
            if (c.hash() != null) {
                sets.add(c.hash() + " = ?");
            }
        }
        // Identifiers are this class's constants, never input.
        String select = "select " + key + ", " + String.join(", ", clear) + " from " + table + " where " + key
                + " > ? order by " + key + " limit " + BATCH;
        String update = "update " + table + " set " + String.join(", ", sets) + " where " + key + " = ?";
        Object after = null;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement read = db.prepareStatement(after == null
                    ? select.replace(" where " + key + " > ?", "") : select)) {
                if (after != null) {
                    read.setObject(1, after);
                }
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[columns.size() + 1];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement write = db.prepareStatement(update)) {
                for (Object[] row : rows) {
                    int p = 1;
                    for (int i = 0; i < columns.size(); i++) {
                        Column c = columns.get(i);
                        String value = row[i + 1] == null ? null : row[i + 1].toString().strip();
                        write.setString(p++, data.seal(c.kind(), value));
                        if (c.hash() != null) {
                            write.setString(p++, value == null || value.isEmpty() ? null
                                    : data.lookupHash(c.kind(), value));
                        }
                    }
                    write.setObject(p, row[0]);
                    write.addBatch();
                }
                write.executeBatch();
            }
            after = rows.get(rows.size() - 1)[0];
        }
    }
}
