package com.tasksync.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app pointed at an external PostgreSQL that does, or does not, ask for a password. A real server
 * started by the test stands in for it: first as it comes (trusting loopback, as a carelessly set-up
 * server does), then with {@code pg_hba.conf} rewritten to ask for a SCRAM password, as
 * {@code docs/deployment.md} has it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabasePasswordTest {

    private static final String PASSWORD = "tasksync test password";

    @TempDir
    static Path dataDirectory;

    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DatabaseProperties.class)
    static class PropertiesConfiguration {}

    private static ApplicationContextRunner app(String url, String password) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withUserConfiguration(PropertiesConfiguration.class, ExternalDatabaseConfiguration.class)
                .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "spring.datasource.password=" + password,
                        // the test's server runs without fsync; ExternalDatabaseDurabilityTest checks that
                        "tasksync.database.allow-unsafe-durability=true");
    }

    private static String url() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    /** Gives {@code postgres} a password and has every TCP connection prove it. */
    private static void requirePasswords() throws IOException, SQLException {
        try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role postgres password '" + PASSWORD + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    local all all trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            statement.execute("select pg_reload_conf()");
        }
    }

    /** Puts the server back as it comes: every connection from loopback trusted. */
    private static void trustLoopback() throws IOException, SQLException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                local all all trust
                host all all 127.0.0.1/32 trust
                host all all ::1/128 trust
                """);
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", PASSWORD);
        try (var connection = DriverManager.getConnection(url(), properties);
                var statement = connection.createStatement()) {
            statement.execute("select pg_reload_conf()");
        }
    }

    @Test
    void refusesAServerThatLetsItsUserInWithoutTheRightPassword() throws Exception {
        trustLoopback();
        app(url(), "anything").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(RefusedDatabaseException.class)
                    .hasMessageContaining("let user 'postgres' in with a wrong password")
                    .hasMessageContaining("pg_hba.conf")
                    .hasMessageContaining("tasksync.database.allow-passwordless=true");
        });
    }

    @Test
    void startsWithAWarningWhenAPasswordlessServerIsAllowed(CapturedOutput output) throws Exception {
        trustLoopback();
        app(url(), "anything").withPropertyValues("tasksync.database.allow-passwordless=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(output).contains("let user 'postgres' in with a wrong password")
                    .contains("Starting anyway because tasksync.database.allow-passwordless=true");
        });
    }

    @Test
    void startsOnAServerThatAsksForThePassword(CapturedOutput output) throws Exception {
        requirePasswords();
        try {
            app(url(), PASSWORD).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(PasswordCheck.class);
                assertThat(JdbcClient.create(context.getBean(DataSource.class)).sql("select current_user")
                        .query(String.class).single()).isEqualTo("postgres");
            });
            // the check's own attempt is the one the server turned away: nothing to warn about
            assertThat(output).doesNotContain("wrong password").doesNotContain("Could not tell");
        } finally {
            trustLoopback();
        }
    }

    @Test
    void aPasswordWrittenInTheUrlDoesNotStandInForTheCheckOwnWrongOne() throws Exception {
        requirePasswords();
        try {
            var withPassword = url() + "?password=" + PASSWORD.replace(" ", "%20") + "&ApplicationName=tasksync";
            app(withPassword, "").run(context -> assertThat(context).hasNotFailed());
            assertThat(PasswordCheck.withoutPassword(withPassword)).isEqualTo(url() + "?ApplicationName=tasksync");
            assertThat(PasswordCheck.acceptsWrongPassword(withPassword, "postgres")).isFalse();
        } finally {
            trustLoopback();
        }
    }

    @Test
    void aServerThatCannotBeReachedForTheCheckIsNotCalledPasswordless() {
        // a port nothing listens on: the attempt fails for another reason than the password
        assertThat(PasswordCheck.acceptsWrongPassword("jdbc:postgresql://127.0.0.1:1/postgres", "postgres")).isFalse();
    }
}
