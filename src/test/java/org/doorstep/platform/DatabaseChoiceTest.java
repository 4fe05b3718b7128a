package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.doorstep.DoorstepApplication;
import org.junit.jupiter.api.Test;

/**
 * A server whose database URL is missing or mistyped must not quietly start an embedded database with the demo county
 * and its published password: without a choice, or with two, the start stops with one clear message.
 */
class DatabaseChoiceTest {

    @Test
    void withNeitherADatabaseUrlNorTheEmbeddedSwitchTheStartStops() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "no-db");
        Started start = start(data, Map.of());
        assertThat(start.exit).isNotZero();
        assertThat(start.out).contains("未配置数据库").contains("DOORSTEP_DB_URL").contains("DOORSTEP_EMBEDDED=true")
                .doesNotContain("\tat ");
        assertThat(data.resolve("postgres")).as("no embedded database was started").doesNotExist();
    }

    @Test
    void withBothTheStartStops() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "two-db");
        Started start = start(data, Map.of("DOORSTEP_DB_URL", "jdbc:postgresql://127.0.0.1:9/none",
                "DOORSTEP_EMBEDDED", "true"));
        assertThat(start.exit).isNotZero();
        assertThat(start.out).contains("不能同时设置").doesNotContain("\tat ");
        assertThat(data.resolve("postgres")).doesNotExist();
    }

    record Started(int exit, String out) {
    }

    private static Started start(Path data, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DoorstepApplication.class.getName(),
                "--server.port=0", "--doorstep.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("out.log").toFile());
        // The suite itself may run against a server named in the environment (CI's second run).
        builder.environment().keySet().removeIf(name -> name.startsWith("DOORSTEP_"));
        builder.environment().putAll(env);
        Process app = builder.start();
        boolean ended = app.waitFor(300, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        assertThat(ended).as("the start stops instead of serving").isTrue();
        return new Started(app.exitValue(), Files.readString(data.resolve("out.log"), StandardCharsets.UTF_8));
    }
}
