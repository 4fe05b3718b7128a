package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flyway is skipped at start-up only when neither this version's migrations nor the database's migration history
 * changed since it last ran; otherwise it runs, as it always did.
 */
class SchemaMigrationTest {

    static EmbeddedPostgres postgres;
    static DataSource db;
    static int schemas;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        db = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    /** The Flyway runs of one simulated start-up after another, on one schema. */
    final List<String> runs = new ArrayList<>();
    final String schema = "fingerprint_" + (++schemas);

    @Test
    void aFreshDatabaseIsMigratedAndARestartOfTheSameVersionSkipsFlyway() throws Exception {
        start("one");
        assertThat(runs).containsExactly("one");
        assertThat(tables()).containsExactly("fp_a");

        start("one");
        start("one");
        assertThat(runs).containsExactly("one");
    }

    @Test
    void aNewMigrationRunsFlyway() throws Exception {
        start("one");
        start("two");
        assertThat(runs).containsExactly("one", "two");
        assertThat(tables()).containsExactly("fp_a", "fp_b");
        start("two");
        assertThat(runs).containsExactly("one", "two");
    }

    @Test
    void aChangedSettingRunsFlyway() throws Exception {
        start("one");
        FlywayProperties changed = properties("one");
        changed.setOutOfOrder(true);
        start(changed, "one");
        assertThat(runs).containsExactly("one", "one");
    }

    @Test
    void aDatabaseThatAnotherVersionMigratedMeanwhileIsMigratedAgain() throws Exception {
        start("one");
        // another version (this one's before the check, say) adds its migration and leaves the comment as it was
        flyway("two").migrate();
        start("one");
        assertThat(runs).containsExactly("one", "one");
    }

    @Test
    void aRepairedHistoryRunsFlyway() throws Exception {
        start("one");
        JdbcClient.create(db).sql("update " + schema + ".flyway_schema_history set checksum = checksum + 1").update();
        start("one");
        assertThat(runs).hasSize(2);
    }

    private void start(String folder) throws Exception {
        start(properties(folder), folder);
    }

    /** One start-up's initializer, as Spring Boot would call it; each Flyway run is noted. */
    private void start(FlywayProperties properties, String folder) throws Exception {
        Flyway flyway = flyway(folder);
        new SchemaMigration.UnlessUnchanged(flyway, db, properties, new PathMatchingResourcePatternResolver(),
                new StaticListableBeanFactory().getBeanProvider(org.flywaydb.core.api.migration.JavaMigration.class),
                f -> {
                    runs.add(folder);
                    f.migrate();
                })
                .afterPropertiesSet();
    }

    private FlywayProperties properties(String folder) {
        FlywayProperties properties = new FlywayProperties();
        properties.setLocations(List.of("classpath:db/fingerprint/" + folder));
        properties.setSchemas(List.of(schema));
        return properties;
    }

    private Flyway flyway(String folder) {
        return Flyway.configure().dataSource(db).schemas(schema).locations("classpath:db/fingerprint/" + folder)
                .validateOnMigrate(false).load();
    }

    private List<String> tables() {
        return JdbcClient.create(db).sql("select table_name from information_schema.tables where table_schema = ?"
                + " and table_name like 'fp_%' order by 1").param(schema).query(String.class).list();
    }
}
