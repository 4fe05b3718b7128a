package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

class StalePostmasterTest {

    @Test
    void anOrphanedServerIsStoppedSoTheDataFolderCanBeReused() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "stale-pg").toAbsolutePath();
        // A JVM that dies hard right after starting the server leaves it orphaned, as a power cut or kill -9 would.
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dir.toString())
                .inheritIO().start();
        assertThat(jvm.waitFor()).isEqualTo(0);
        ProcessHandle server = StalePostmaster.owner(dir).orElseThrow();
        assertThat(server.isAlive()).isTrue();

        StalePostmaster.stopIfRunning(dir, Duration.ofSeconds(30));

        assertThat(server.isAlive()).isFalse();
        assertThat(StalePostmaster.owner(dir)).isEmpty();
        // The folder starts again, with its data.
        try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            assertThat(again.getPostgresDatabase().getConnection().isValid(5)).isTrue();
        }
    }

    /** Starts an embedded server and halts the JVM without stopping it. */
    public static final class OrphanMaker {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setRegisterShutdownHook(false).start();
            Runtime.getRuntime().halt(0);
        }
    }

    @Test
    void aFolderWithoutAServerIsLeftAlone() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "no-pg");
        assertThat(StalePostmaster.owner(dir)).isEmpty();
        Files.writeString(dir.resolve("postmaster.pid"), "999999999\n");
        assertThat(StalePostmaster.owner(dir)).isEmpty();
        StalePostmaster.stopIfRunning(dir, Duration.ofSeconds(1));
    }
}
