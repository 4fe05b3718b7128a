package org.doorstep.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.doorstep.DoorstepApplication;

/**
 * The platform as an operator runs it: a separate JVM on the compiled classes, with its own port and data folder, so
 * that a test can kill it (and its embedded database) the hard way and start it again.
 */
final class PlatformProcess implements AutoCloseable {

    final Path dataDir;
    final int port;
    private final Process process;
    private final Path log;

    private PlatformProcess(Path dataDir, int port, Process process, Path log) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the platform on {@code dataDir} with the given DOORSTEP_* environment and waits until it is healthy. */
    static PlatformProcess start(Path dataDir, Map<String, String> env, String... args) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = dataDir.resolve("platform-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DoorstepApplication.class.getName(), "--server.port=" + port, "--doorstep.data-dir=" + dataDir,
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The suite may itself run against a server named in the environment (CI's second run); this one does not.
        builder.environment().keySet().removeIf(name -> name.startsWith("DOORSTEP_"));
        builder.environment().putAll(env);
        PlatformProcess platform = new PlatformProcess(dataDir, port, builder.start(), log);
        platform.awaitHealthy(Duration.ofSeconds(240));
        return platform;
    }

    private void awaitHealthy(Duration patience) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant giveUp = Instant.now().plus(patience);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited: " + tail());
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the platform did not become healthy: " + tail());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The embedded server's folder and the postmaster process that owns it. */
    Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    /** A direct connection to the embedded database (trust authentication on localhost, as zonky sets it up). */
    Connection database() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(postgresDir().resolve("postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres",
                "postgres", "");
    }

    /** kill -9 of the platform and of every process of its embedded database, as a power cut would leave them. */
    void killHard() throws IOException {
        ProcessHandle postmaster = StalePostmaster.owner(postgresDir()).orElseThrow();
        List<ProcessHandle> server = new ArrayList<>(postmaster.descendants().toList());
        server.add(0, postmaster);
        server.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle p : server) {
            p.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        }
        process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** A normal stop (SIGTERM), as a supervisor would send. */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
