package org.doorstep.platform;

import java.io.IOException;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One PostgreSQL everywhere: a configured server in production, or, when asked for with
 * {@code DOORSTEP_EMBEDDED=true}, an embedded one whose data survives restarts, so that trying the platform needs no
 * set-up and still uses the production engine.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {


    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DoorstepProperties properties, EmbeddedDatabase embedded,
            @org.springframework.beans.factory.annotation.Value("${doorstep.db.pool-min-idle:10}") int minIdle) {
        properties.requireOneDatabase();
        HikariConfig config = new HikariConfig();
        config.setPoolName("doorstep");
        config.setMaximumPoolSize(10);
        // Idle connections kept open; fewer where many platforms share one server (the test contexts of a CI run).
        config.setMinimumIdle(Math.max(0, Math.min(minIdle, 10)));
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
    EmbeddedDatabase embeddedDatabase(DoorstepProperties properties, Environment environment) {
        if (!properties.embeddedDatabase()) {
            return EmbeddedDatabase.NONE;
        }
        return new EmbeddedDatabase(EmbeddedDatabaseStarter.obtain(environment, properties));
    }

    /** The embedded database did not start; reported to the operator by {@link EmbeddedDatabaseFailureAnalyzer}. */
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
