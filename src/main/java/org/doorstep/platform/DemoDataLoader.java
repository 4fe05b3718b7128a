package org.doorstep.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each module's demo contribution once; a contribution either loads whole or not at all. It runs as an early
 * lifecycle phase, before the web server accepts requests, so nobody sees a half-loaded demo county: it also waits
 * for the module listeners its events woke (a published 回应关切 answer closes its topic, documents are indexed), which
 * run after each commit on other threads.
 */
@Component
class DemoDataLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DoorstepProperties properties;
    private final List<DemoData> contributions;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<EventPublicationRegistry> publications;

    /** Long enough for the listeners of a whole demo county on a slow machine; a start is never held up for ever. */
    static final Duration LISTENER_WAIT = Duration.ofSeconds(60);
    private static final Set<EventPublication.Status> PENDING = Set.of(EventPublication.Status.PUBLISHED,
            EventPublication.Status.PROCESSING, EventPublication.Status.RESUBMITTED);

    DemoDataLoader(DoorstepProperties properties, List<DemoData> contributions, JdbcClient jdbc, TransactionTemplate tx,
            ObjectProvider<EventPublicationRegistry> publications) {
        this.properties = properties;
        this.contributions = contributions;
        this.jdbc = jdbc;
        this.tx = tx;
        this.publications = publications;
    }

    private volatile boolean running;

    @Override
    public int getPhase() {
        // The embedded web server starts in a much later phase (Integer.MAX_VALUE - 1).
        return 0;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void start() {
        running = true;
        if (!properties.loadDemo()) {
            return;
        }
        Instant began = Instant.now();
        boolean any = false;
        for (DemoData demo : contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).toList()) {
            any |= Boolean.TRUE.equals(tx.execute(status -> {
                // The advisory lock keeps two instances on one database from loading the same part twice.
                jdbc.sql("select pg_advisory_xact_lock(20261123)").query().singleValue();
                boolean loaded = jdbc.sql("select count(*) from platform_demo_load where name = ?")
                        .param(demo.name()).query(Integer.class).single() > 0;
                if (!loaded) {
                    demo.load();
                    jdbc.sql("insert into platform_demo_load (name) values (?)").param(demo.name()).update();
                    log.info("Demo data loaded: {}", demo.name());
                    return true;
                }
                return false;
            }));
        }
        if (any) {
            awaitListeners(began);
        }
    }

    /** Waits until every event published since {@code since} has been handled or has failed (failures are logged). */
    private void awaitListeners(Instant since) {
        EventPublicationRegistry registry = publications.getIfAvailable();
        if (registry == null) {
            return;
        }
        Instant waitFrom = Instant.now();
        Instant giveUp = waitFrom.plus(LISTENER_WAIT);
        long pending;
        while ((pending = pending(registry, since)) > 0) {
            if (Instant.now().isAfter(giveUp)) {
                log.warn("Demo data: {} event publications still pending after {} s; starting anyway", pending,
                        LISTENER_WAIT.toSeconds());
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("Demo data: its events' listeners finished {} ms after the last part loaded",
                Duration.between(waitFrom, Instant.now()).toMillis());
    }

    private static long pending(EventPublicationRegistry registry, Instant since) {
        return registry.findIncompletePublications().stream()
                .filter(p -> !p.getPublicationDate().isBefore(since) && PENDING.contains(p.getStatus())).count();
    }
}
