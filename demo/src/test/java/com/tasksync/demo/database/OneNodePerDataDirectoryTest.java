package com.tasksync.demo.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nodes in JVMs of their own on one data directory: a second one while the first runs, and one after a kill -9. */
class OneNodePerDataDirectoryTest {

    private static final Pattern FAILED_AFTER = Pattern.compile("failed (\\d+) ms after its database start began: (.*)");

    @TempDir
    Path root;

    private Path dataDirectory;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class PropertiesConfiguration {}

    @BeforeEach
    void placeTheDataDirectory() {
        dataDirectory = root.resolve("pgdata");
    }

    @Test
    void aSecondProcessFailsFastWhileTheRunningNodesDatabaseKeepsWorking() throws Exception {
        try (var first = NodeProcess.start(dataDirectory)) {
            var port = first.awaitReady();
            var server = postmasterPid();
            try (var connection = connect(port)) {
                connection.createStatement().execute("create table kept (note text); insert into kept values ('first')");
            }

            try (var second = NodeProcess.start(dataDirectory)) {
                // Start-up's failure report, short of a stack trace, then the node's own last line.
                second.awaitLine("Action:", Duration.ofSeconds(60));
                assertThat(second.awaitLine("To run several nodes", Duration.ofSeconds(5)))
                        .contains("one external PostgreSQL with spring.datasource.url");
                var failure = FAILED_AFTER.matcher(second.awaitLine("failed ", Duration.ofSeconds(60)));
                assertThat(failure.matches()).isTrue();
                assertThat(Duration.ofMillis(Long.parseLong(failure.group(1)))).isLessThan(Duration.ofSeconds(2));
                assertThat(failure.group(2))
                        .contains("is in use by another TaskSync process (pid " + first.pid() + ")")
                        .contains("Embedded PostgreSQL serves one node only")
                        .contains("spring.datasource.url");
                assertThat(second.awaitExit(Duration.ofSeconds(30))).isNotZero();
            }

            // The same server, and it takes new connections: it was not asked to shut down.
            assertThat(postmasterPid()).isEqualTo(server);
            try (var connection = connect(port); var rows = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("first");
            }
        }
    }

    @Test
    void aStartAfterTheNodeWasKilledStopsItsLeftoverServerAndFindsTheData() throws Exception {
        long leftover;
        Connection client;
        try (var node = NodeProcess.start(dataDirectory)) {
            var port = node.awaitReady();
            try (var connection = connect(port)) {
                connection.createStatement().execute("create table kept (note text); insert into kept values ('acknowledged')");
            }
            leftover = postmasterPid();
            client = connect(port); // a client a smart shutdown would wait for

            node.kill();
        }
        try (client) {
            assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).as("the killed node's server").isPresent();

            new ApplicationContextRunner()
                    .withUserConfiguration(PropertiesConfiguration.class, EmbeddedDatabaseConfiguration.class)
                    .withPropertyValues("tasksync.embedded-database.data-directory=" + dataDirectory)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(JdbcClient.create(context.getBean(DataSource.class)).sql("select note from kept")
                                .query(String.class).list()).containsExactly("acknowledged");
                        assertThat(postmasterPid()).isNotEqualTo(leftover);
                    });

            assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(client.isValid(2)).isFalse();
        }
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }

    private Connection connect(int port) throws Exception {
        var properties = new Properties();
        properties.setProperty("user", ClientAuthentication.SUPERUSER);
        properties.setProperty("password", Files.readString(root.resolve("pgdata.password")));
        try {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
        } catch (SQLException e) {
            throw new AssertionError("cannot connect to the node's database on port " + port, e);
        }
    }
}
