package org.doorstep.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings. Environment variables map onto them by Spring's relaxed binding:
 * {@code DOORSTEP_DATA_DIR}, {@code DOORSTEP_DB_URL}, {@code DOORSTEP_DB_USER}, {@code DOORSTEP_DB_PASSWORD},
 * {@code DOORSTEP_EMBEDDED}, {@code DOORSTEP_DEMO}.
 *
 * @param dataDir everything the platform writes lives below this folder
 * @param db the database server
 * @param demo load the demo county on first start; null means "only with the embedded database"
 * @param embedded start an embedded PostgreSQL under {@code dataDir/postgres}; only when asked for, so that a server
 *        whose database URL is missing or mistyped never quietly serves an empty or demo county
 */
@ConfigurationProperties("doorstep")
public record DoorstepProperties(Path dataDir, Db db, Boolean demo, boolean embedded) {

    public DoorstepProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null, false) : db;
    }

    public boolean embeddedDatabase() {
        return embedded;
    }

    public boolean loadDemo() {
        return demo == null ? embedded : demo;
    }

    /** Stops the start unless exactly one database is chosen: a server URL or the embedded one. */
    public void requireOneDatabase() {
        boolean url = db.url() != null && !db.url().isBlank();
        if (url == embedded) {
            throw new DatabaseChoiceException(url);
        }
    }

    /**
     * @param cleanEmbedded wipe the embedded database on start (tests only)
     */
    public record Db(String url, String user, String password, boolean cleanEmbedded) {
    }

    /** Neither or both databases were configured; explained by {@link DatabaseChoiceFailureAnalyzer}. */
    static final class DatabaseChoiceException extends RuntimeException {
        final boolean both;

        DatabaseChoiceException(boolean both) {
            super(both ? "Both DOORSTEP_DB_URL and DOORSTEP_EMBEDDED=true are set"
                    : "Neither DOORSTEP_DB_URL nor DOORSTEP_EMBEDDED=true is set");
            this.both = both;
        }
    }
}
