package org.doorstep.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL everywhere: a configured server in production, otherwise an embedded one whose data survives
 * restarts, so that the first run needs no set-up and still uses the production engine.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DoorstepProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("doorstep");
        config.setMaximumPoolSize(10);
        if (properties.embeddedDatabase()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
        }
        // Fail fast with a readable message (see DatabaseUnavailableFailureAnalyzer) instead of hanging.
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DoorstepProperties properties) {
        if (!properties.embeddedDatabase()) {
            return EmbeddedDatabase.NONE;
        }
        // A throw-away database (tests) gets its own folder, so that several test contexts can run at once.
        Path dir = properties.dataDir()
                .resolve(properties.db().cleanEmbedded() ? "postgres-" + java.util.UUID.randomUUID() : "postgres")
                .toAbsolutePath();
        try {
            Files.createDirectories(dir);
            StalePostmaster.stopIfRunning(dir, java.time.Duration.ofSeconds(30));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.db().cleanEmbedded())
                    // Spring closes it after everything that uses it; its own hook would race Spring's shutdown.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "50")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(dir, e);
        }
    }

    /** The embedded database did not start; reported to the operator by {@link DatabaseUnavailableFailureAnalyzer}. */
    static final class EmbeddedDatabaseException extends RuntimeException {
        final Path dir;

        EmbeddedDatabaseException(Path dir, Throwable cause) {
            super("Embedded PostgreSQL did not start in " + dir, cause);
            this.dir = dir;
        }
    }

    /** Holder so that the embedded server is closed after the pool that uses it. */
    static final class EmbeddedDatabase implements AutoCloseable {
        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);
        private final EmbeddedPostgres postgres;

        EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
