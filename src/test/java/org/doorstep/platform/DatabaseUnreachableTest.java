package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.doorstep.DoorstepApplication;
import org.junit.jupiter.api.Test;

/** An operator who points the platform at a database that is not there reads one clear message, no stack trace. */
class DatabaseUnreachableTest {

    @Test
    void anUnreachableServerIsReportedInPlainWords() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "unreachable");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DoorstepApplication.class.getName(),
                "--server.port=0", "--doorstep.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("out.log").toFile());
        // Port 9 (discard) is closed on this machine: the connection is refused at once.
        builder.environment().put("DOORSTEP_DB_URL", "jdbc:postgresql://127.0.0.1:9/none");
        Process app = builder.start();
        // A generous bound: on a loaded 2-core machine a JVM start alone can take a minute.
        boolean ended = app.waitFor(300, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        assertThat(ended).as("the platform gives up instead of waiting for the database forever").isTrue();
        String out = Files.readString(data.resolve("out.log"), StandardCharsets.UTF_8);
        assertThat(app.exitValue()).isNotZero();
        assertThat(out).contains("无法连接数据库").contains("DOORSTEP_DB_URL").doesNotContain("\tat ");
    }
}
