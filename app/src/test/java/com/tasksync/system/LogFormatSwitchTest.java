package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code TASKSYNC_LOG_FORMAT} switches the console log, as an operator sets it: the app runs in a JVM
 * of its own, without a database so that it stops by itself, and its output is read line by line.
 */
class LogFormatSwitchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    @Test
    void writesEveryConsoleLineAsAnEcsJsonObjectWhenAsked() throws Exception {
        var lines = run("ecs");

        assertThat(lines).hasSizeGreaterThan(3);
        var entries = lines.stream().map(LogFormatSwitchTest::parse).toList();
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("@timestamp").stringValue()).isNotBlank();
            assertThat(entry.get("log").get("level").stringValue()).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(entry.get("log").get("logger").stringValue()).isNotBlank();
            assertThat(entry.get("message").isString()).isTrue();
            assertThat(entry.get("service").get("name").stringValue()).isEqualTo("tasksync");
            assertThat(entry.get("ecs").get("version").stringValue()).isNotBlank();
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("log").get("level").stringValue()).isEqualTo("ERROR");
            assertThat(entry.get("message").stringValue()).contains("No PostgreSQL is configured for TaskSync.");
        });
    }

    @Test
    void writesPlainTextByDefault() throws Exception {
        var lines = run(null);

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("INFO", "Starting TaskSyncApplication"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("{"));
        assertThat(String.join("\n", lines)).contains("No PostgreSQL is configured for TaskSync.");
    }

    /** Starts the app with the format (or none) in the environment; its console output once it stopped. */
    private List<String> run(String format) throws IOException, InterruptedException {
        var log = home.resolve("console.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Duser.home=" + home, "-cp",
                System.getProperty("java.class.path"), "com.tasksync.TaskSyncApplication", "--server.port=0")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().remove("TASKSYNC_LOG_FORMAT");
        command.environment().remove("SPRING_DATASOURCE_URL");
        if (format != null) {
            command.environment().put("TASKSYNC_LOG_FORMAT", format);
        }
        var process = command.start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the app did not stop by itself:\n" + Files.readString(log));
        }
        assertThat(process.exitValue()).isNotZero();
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
