package org.doorstep.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Runs Flyway at start-up, the way Spring Boot does, unless nothing changed since it last ran: most starts are
 * restarts of the same version on a database it has already migrated, and setting Flyway up and validating every
 * migration took a tenth of the start-up.
 * <p>
 * After each successful run the history table's comment records a fingerprint of this version's migrations (every
 * migration file's path and content, the Java migrations, the Flyway settings) and a digest of the history table's
 * rows as they then were. A start skips Flyway only when both still match: changed, added or removed migrations or
 * settings change the first; a run by any other version (with or without this check), a repair or a failed
 * migration changes the second. A fresh database has no table and so no comment, and is migrated.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
class SchemaMigration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
    static final String MARK = "doorstep-migrations ";

    /**
     * Flyway is only built when it has to run (building it took as long as the rest of the check). Spring Boot builds
     * it eagerly and makes every bean that uses the database depend on it as well as on the initializer (it runs after
     * Boot's own ordered post-processor that adds those dependencies); the initializer alone is enough, as it
     * migrates before it is ready.
     */
    @Bean
    static BeanFactoryPostProcessor lazyFlyway() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition("flyway")
                    || !beanFactory.containsBeanDefinition("flywayInitializer")) {
                return;
            }
            beanFactory.getBeanDefinition("flyway").setLazyInit(true);
            for (String name : beanFactory.getBeanDefinitionNames()) {
                var definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                if (dependsOn != null && Arrays.asList(dependsOn).contains("flyway")) {
                    List<String> rest = new ArrayList<>(Arrays.asList(dependsOn));
                    rest.remove("flyway");
                    if (!name.equals("flywayInitializer") && !rest.contains("flywayInitializer")) {
                        rest.add("flywayInitializer");
                    }
                    definition.setDependsOn(rest.toArray(String[]::new));
                }
            }
        };
    }

    /**
     * Takes the place of Spring Boot's initializer (same type, so everything that needs the schema still waits for
     * it).
     */
    @Bean
    FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway, DataSource dataSource,
            FlywayProperties properties, ResourcePatternResolver resources, ObjectProvider<JavaMigration> java,
            ObjectProvider<FlywayMigrationStrategy> strategy) {
        return new UnlessUnchanged(flyway, dataSource, properties, resources, java, strategy.getIfAvailable());
    }

    static final class UnlessUnchanged extends FlywayMigrationInitializer {
        private final Flyway flyway;
        private final DataSource dataSource;
        private final FlywayProperties properties;
        private final ResourcePatternResolver resources;
        private final ObjectProvider<JavaMigration> java;
        private final FlywayMigrationStrategy strategy;

        UnlessUnchanged(Flyway flyway, DataSource dataSource, FlywayProperties properties,
                ResourcePatternResolver resources, ObjectProvider<JavaMigration> java, FlywayMigrationStrategy strategy) {
            super(flyway, strategy);
            this.flyway = flyway;
            this.dataSource = dataSource;
            this.properties = properties;
            this.resources = resources;
            this.java = java;
            this.strategy = strategy;
        }

        @Override
        public void afterPropertiesSet() throws Exception {
            String fingerprint = fingerprint();
            String table = fingerprint == null ? null : table(properties);
            if (fingerprint != null && table != null && unchanged(fingerprint, table)) {
                log.info("Database schema up to date: migrations unchanged since Flyway last ran on it, not run");
                return;
            }
            if (strategy != null) {
                strategy.migrate(flyway);
            } else {
                flyway.migrate();
            }
            if (fingerprint != null && table != null) {
                record(fingerprint, table);
            }
        }

        private boolean unchanged(String fingerprint, String table) {
            try (Connection c = dataSource.getConnection()) {
                String comment = comment(c, table);
                return comment != null && comment.equals(MARK + fingerprint + " " + history(c, table));
            } catch (SQLException e) {
                log.debug("Could not compare the migrations' fingerprint; running Flyway", e);
                return false;
            }
        }

        /** Written through Flyway's own connection: the table's owner may be another role than the application's. */
        private void record(String fingerprint, String table) {
            try (Connection c = flyway.getConfiguration().getDataSource().getConnection();
                    Statement s = c.createStatement()) {
                if (!exists(c, table)) {
                    return;
                }
                String value = MARK + fingerprint + " " + history(c, table);
                s.execute("comment on table " + table + " is '" + value + "'");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            } catch (SQLException e) {
                log.warn("Could not record the migrations' fingerprint (Flyway will run again on the next start): {}",
                        e.getMessage());
            }
        }

        private String fingerprint() throws IOException {
            return SchemaMigration.fingerprint(properties, resources, java.orderedStream().toList());
        }
    }

    /** The history table's name as SQL (quoted, with its schema when Flyway is given one), or null if unusual. */
    static String table(FlywayProperties properties) {
        String schema = properties.getDefaultSchema() != null ? properties.getDefaultSchema()
                : properties.getSchemas().isEmpty() ? null : properties.getSchemas().get(0);
        String table = quote(properties.getTable());
        return schema == null ? table : quote(schema) + "." + table;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    private static String comment(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select obj_description(to_regclass(?), 'pg_class')")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** A digest of every row of the history table, in order. */
    private static String history(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select md5(coalesce(string_agg("
                + "installed_rank || ':' || coalesce(version, '') || ':' || coalesce(checksum::text, '') || ':'"
                + " || type || ':' || script || ':' || success, ',' order by installed_rank), '')) from " + table)) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * SHA-256 over the Flyway settings, every file under the migration locations (path and content) and the Java
     * migrations; null when a setting makes the files impossible to list here (a location of another kind, a
     * separate database for Flyway), and then Flyway always runs.
     */
    static String fingerprint(FlywayProperties p, ResourcePatternResolver resolver, List<JavaMigration> java)
            throws IOException {
        if (p.getUrl() != null) {
            return null;
        }
        MessageDigest digest = sha256();
        List<Object> settings = List.of(p.getLocations(), p.getSchemas(), String.valueOf(p.getDefaultSchema()),
                p.getTable(), String.valueOf(p.getTarget()), String.valueOf(p.getBaselineVersion()),
                p.isBaselineOnMigrate(), p.isOutOfOrder(), new TreeMap<>(p.getPlaceholders()),
                p.isPlaceholderReplacement(), p.getPlaceholderPrefix(), p.getPlaceholderSuffix(),
                p.getSqlMigrationPrefix(), p.getSqlMigrationSuffixes(), p.getSqlMigrationSeparator(),
                p.getRepeatableSqlMigrationPrefix(), String.valueOf(p.getIgnoreMigrationPatterns()),
                p.isValidateOnMigrate(), p.isMixed(), p.isGroup(), p.getEncoding(), p.isSkipDefaultResolvers(),
                p.isSkipDefaultCallbacks(), p.getInitSqls(), p.isCreateSchemas(), p.isExecuteInTransaction(),
                String.valueOf(p.getSkipExecutingMigrations()), p.getCallbackLocations(),
                String.valueOf(Flyway.class.getPackage().getImplementationVersion()));
        update(digest, settings.toString());
        for (String location : p.getLocations()) {
            String root;
            if (location.startsWith("classpath:")) {
                root = location.substring("classpath:".length());
            } else {
                return null;
            }
            root = root.replaceAll("^/+|/+$", "");
            // path and content of each file, sorted, so that the order the class path lists them in does not count
            List<String> files = new ArrayList<>();
            for (Resource r : resolver.getResources("classpath*:" + root + "/**/*")) {
                if (!r.isReadable()) {
                    continue; // a folder
                }
                String url = r.getURL().toString();
                int at = url.lastIndexOf(root + "/");
                MessageDigest content = sha256();
                try (InputStream in = r.getInputStream()) {
                    content.update(in.readAllBytes());
                }
                files.add((at < 0 ? url : url.substring(at)) + " " + HexFormat.of().formatHex(content.digest()));
            }
            files.sort(null);
            update(digest, location + " " + files);
        }
        List<String> migrations = new ArrayList<>();
        for (JavaMigration m : java) {
            migrations.add(m.getClass().getName() + " " + m.getVersion() + " " + m.getDescription() + " "
                    + m.getChecksum() + " " + m.getType() + " " + m.canExecuteInTransaction());
        }
        migrations.sort(null);
        update(digest, migrations.toString());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
