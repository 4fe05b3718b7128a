package org.doorstep.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a hard stop (power cut, kill -9) the embedded PostgreSQL can outlive the platform and keep its data folder
 * locked. Before starting, such an orphan is shut down cleanly (SIGINT = PostgreSQL's "fast" shutdown, pg_ctl's
 * default: clients are disconnected, then a checkpoint), so the next start works without an operator and without
 * losing committed data.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir, Duration patience) {
        Optional<ProcessHandle> orphan = owner(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Embedded PostgreSQL from an earlier run is still running (pid {}); stopping it", process.pid());
        fastShutdown(process);
        try {
            process.onExit().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("上次运行留下的内置数据库进程（pid " + process.pid() + "）无法停止，请手动结束后重试", e);
        }
    }

    private static void fastShutdown(ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command: fall back to SIGTERM below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    /** The live postgres process named in the folder's postmaster.pid, if any. */
    static Optional<ProcessHandle> owner(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            // An unreadable or partial pid file: PostgreSQL itself decides whether it is stale.
            return Optional.empty();
        }
    }
}
