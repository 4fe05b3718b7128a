package org.doorstep.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings. Environment variables map onto them by Spring's relaxed binding:
 * {@code DOORSTEP_DATA_DIR}, {@code DOORSTEP_DB_URL}, {@code DOORSTEP_DB_USER}, {@code DOORSTEP_DB_PASSWORD},
 * {@code DOORSTEP_DEMO}.
 *
 * @param dataDir everything the platform writes lives below this folder
 * @param db the database server; without a URL an embedded PostgreSQL is started under {@code dataDir/postgres}
 * @param demo load the demo county on first start; null means "only with the embedded database"
 */
@ConfigurationProperties("doorstep")
public record DoorstepProperties(Path dataDir, Db db, Boolean demo) {

    public DoorstepProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null, false) : db;
    }

    public boolean embeddedDatabase() {
        return db.url() == null || db.url().isBlank();
    }

    public boolean loadDemo() {
        return demo == null ? embeddedDatabase() : demo;
    }

    /**
     * @param cleanEmbedded wipe the embedded database on start (tests only)
     */
    public record Db(String url, String user, String password, boolean cleanEmbedded) {
    }
}
