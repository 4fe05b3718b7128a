package org.doorstep.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.doorstep.platform.DatabaseConfiguration.EmbeddedDatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL in the background as soon as the configuration is known, so that the server
 * process starts while Spring is still reading its configuration classes; the data source then only waits for what
 * is left. Registered in {@code META-INF/spring.factories}, since it runs before the context exists.
 */
public class EmbeddedDatabaseStarter implements SmartApplicationListener {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseStarter.class);
    private static final Map<Environment, CompletableFuture<EmbeddedPostgres>> STARTING = new WeakHashMap<>();

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            Environment env = prepared.getEnvironment();
            DoorstepProperties properties = Binder.get(env).bind("doorstep", Bindable.of(DoorstepProperties.class))
                    .orElseGet(() -> new DoorstepProperties(null, null, null, false));
            // Before anything starts: a server with a missing or mistyped database URL stops here.
            properties.requireOneDatabase();
            if (properties.embeddedDatabase()) {
                CompletableFuture<EmbeddedPostgres> start = CompletableFuture.supplyAsync(() -> start(properties));
                synchronized (STARTING) {
                    STARTING.put(env, start);
                }
            }
        } else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
            // The context died before taking the server: stop it rather than leave it running.
            CompletableFuture<EmbeddedPostgres> start = take(failed.getApplicationContext().getEnvironment());
            if (start != null) {
                start.thenAccept(EmbeddedDatabaseStarter::closeQuietly);
            }
        }
    }

    /** The server started for this environment, or a new one if none was started early. */
    static EmbeddedPostgres obtain(Environment env, DoorstepProperties properties) {
        CompletableFuture<EmbeddedPostgres> start = take(env);
        if (start == null) {
            return start(properties);
        }
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static CompletableFuture<EmbeddedPostgres> take(Environment env) {
        synchronized (STARTING) {
            return STARTING.remove(env);
        }
    }

    static EmbeddedPostgres start(DoorstepProperties properties) {
        // A throw-away database (tests) gets its own folder, so that several test contexts can run at once.
        Path dir = properties.dataDir()
                .resolve(properties.db().cleanEmbedded() ? "postgres-" + UUID.randomUUID() : "postgres")
                .toAbsolutePath();
        try {
            Files.createDirectories(dir);
            StalePostmaster.stopIfRunning(dir, Duration.ofSeconds(30));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.db().cleanEmbedded())
                    // Spring closes it after everything that uses it; its own hook would race Spring's shutdown.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "50")
                    // zonky starts PostgreSQL for throw-away test databases (-F, synchronous_commit=off); this one
                    // holds citizens' applications, so it is as durable as a production server: an acknowledged
                    // commit is on disk. These -c options come after -F on the command line and win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException(dir, e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
