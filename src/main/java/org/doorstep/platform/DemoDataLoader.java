package org.doorstep.platform;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads each module's demo contribution once; a contribution either loads whole or not at all. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

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

    @Override
    public void run(ApplicationArguments args) {
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
