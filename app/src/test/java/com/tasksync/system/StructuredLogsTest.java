package com.tasksync.system;

import static com.tasksync.support.SalesforceRep.task;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.tasksync.support.SyncTestBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code TASKSYNC_LOG_FORMAT=ecs} makes of the engine's log lines: Spring Boot's ECS encoder, as
 * the console uses it, hears a sync round at DEBUG; every line is a JSON object, and the relay's, the
 * poll's and the first sync's lines carry the org, user and task ids as fields.
 */
class StructuredLogsTest extends SyncTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    LoggingSystem logging;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Appender appender;

    @BeforeEach
    void listenInEcs() {
        appender = new Appender(lines);
        appender.start();
        root().addAppender(appender);
        logging.setLogLevel("com.tasksync", LogLevel.DEBUG);
    }

    @AfterEach
    void stopListening() {
        logging.setLogLevel("com.tasksync", null);
        root().detachAppender(appender);
        appender.stop();
    }

    @Test
    void writesJsonLinesWithTheOrgUserAndTaskIdsAsFields() {
        var syncing = startSyncing();
        var bad = api(syncing.user()).post("/api/tasks", Map.of("subject", "bad who", "who", "003000000000001AAA"))
                .json().get("id").stringValue();
        relay();
        syncing.rep().create(task("made in Salesforce"));
        poll();

        var entries = lines.stream().map(StructuredLogsTest::parse).toList();
        var user = syncing.user().id().toString();
        var org = syncing.org().id();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.get("@timestamp").stringValue()).isNotBlank();
            assertThat(entry.get("log").get("level").stringValue()).isNotBlank();
            assertThat(entry.get("service").get("name").stringValue()).isEqualTo("tasksync");
            assertThat(entry.get("message").isString()).isTrue();
        });
        assertThat(entries).as("the first sync's line").anySatisfy(entry -> {
            assertThat(entry.get("message").stringValue()).startsWith("First sync of user " + user + " done");
            assertThat(field(entry, "user", "id")).isEqualTo(user);
            assertThat(field(entry, "organization", "id")).isEqualTo(org);
        });
        assertThat(entries).as("the relay's warning about the refused task").anySatisfy(entry -> {
            assertThat(entry.get("log").get("level").stringValue()).isEqualTo("WARN");
            assertThat(entry.get("message").stringValue()).startsWith("Salesforce rejected task " + bad);
            assertThat(field(entry, "task", "id")).isEqualTo(bad);
            assertThat(field(entry, "user", "id")).isEqualTo(user);
            assertThat(field(entry, "organization", "id")).isEqualTo(org);
        });
        assertThat(entries).as("the poll's line").anySatisfy(entry -> {
            assertThat(entry.get("message").stringValue()).startsWith("Polled: 1 Salesforce tasks read, 1 taken in");
            assertThat(field(entry, "user", "id")).isEqualTo(user);
            assertThat(field(entry, "organization", "id")).isEqualTo(org);
            assertThat(entry.has("task")).isFalse();
        });
    }

    private static String field(JsonNode entry, String object, String name) {
        var node = entry.path(object).path(name);
        return node.isString() ? node.stringValue() : null;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** Encodes each event as the console would with {@code logging.structured.format.console=ecs}. */
    private static final class Appender extends AppenderBase<ILoggingEvent> {

        private final List<String> lines;
        private final StructuredLogEncoder encoder = new StructuredLogEncoder();

        private Appender(List<String> lines) {
            this.lines = lines;
            var context = (LoggerContext) LoggerFactory.getILoggerFactory();
            setContext(context);
            encoder.setContext(context);
            encoder.setFormat("ecs");
        }

        @Override
        public void start() {
            encoder.start();
            super.start();
        }

        @Override
        protected void append(ILoggingEvent event) {
            var text = new String(encoder.encode(event), StandardCharsets.UTF_8);
            text.lines().filter(line -> !line.isBlank()).forEach(lines::add);
        }
    }
}
