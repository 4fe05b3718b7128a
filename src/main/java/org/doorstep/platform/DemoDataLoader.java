package org.doorstep.platform;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each module's demo contribution once; a contribution either loads whole or not at all. It runs as an early
 * lifecycle phase, before the web server accepts requests, so nobody sees a half-loaded demo county.
 */
@Component
class DemoDataLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DoorstepProperties properties;
    private final List<DemoData> contributions;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoDataLoader(DoorstepProperties properties, List<DemoData> contributions, JdbcClient jdbc, TransactionTemplate tx) {
        this.properties = properties;
        this.contributions = contributions;
        this.jdbc = jdbc;
        this.tx = tx;
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
        for (DemoData demo : contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).toList()) {
            tx.executeWithoutResult(status -> {
                // The advisory lock keeps two instances on one database from loading the same part twice.
                jdbc.sql("select pg_advisory_xact_lock(20261123)").query().singleValue();
                boolean loaded = jdbc.sql("select count(*) from platform_demo_load where name = ?")
                        .param(demo.name()).query(Integer.class).single() > 0;
                if (!loaded) {
                    demo.load();
                    jdbc.sql("insert into platform_demo_load (name) values (?)").param(demo.name()).update();
                    log.info("Demo data loaded: {}", demo.name());
                }
            });
        }
    }
}
