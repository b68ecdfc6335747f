package com.tasksync.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app pointed at an external PostgreSQL: a real server, started by the test with the
 * settings each case needs, stands in for it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseDurabilityTest {

    @TempDir
    static Path dataDirectory;

    /** The settings {@link DurabilityCheck} requires, each at its durable value. */
    private static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DatabaseProperties.class)
    static class PropertiesConfiguration {}

    /** A server with every durability setting on except {@code off}. */
    private static EmbeddedPostgres externalServer(Set<String> off) throws IOException {
        var builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
        DURABLE.forEach((setting, on) -> builder.setServerConfig(setting, off.contains(setting) ? "off" : on));
        return builder.start();
    }

    private static ApplicationContextRunner appOn(EmbeddedPostgres server) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withUserConfiguration(PropertiesConfiguration.class, ExternalDatabaseConfiguration.class)
                .withPropertyValues("spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                        // the test's server trusts loopback; ExternalDatabasePasswordTest checks the password
                        "tasksync.database.allow-passwordless=true");
    }

    @ParameterizedTest
    @CsvSource({
        "fsync, a power loss or an operating-system crash can lose acknowledged transactions",
        "synchronous_commit, a commit is acknowledged before it reaches disk",
        "full_page_writes, a torn page that recovery cannot repair",
    })
    void stopsStartUpNamingTheSettingThatIsOffAndWhy(String setting, String why) throws IOException {
        try (var server = externalServer(Set.of(setting))) {
            appOn(server).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining(setting + "=off")
                        .hasMessageContaining(why)
                        .hasMessageContaining("tasksync.database.allow-unsafe-durability=true");
                DURABLE.keySet().stream().filter(other -> !other.equals(setting)).forEach(other ->
                        assertThat(context.getStartupFailure()).rootCause().message().doesNotContain(other + "=off"));
            });
        }
    }

    @Test
    void startsOnADurableServer() throws IOException {
        try (var server = externalServer(Set.of())) {
            appOn(server).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(DurabilityCheck.class);
                assertThat(JdbcClient.create(context.getBean(DataSource.class)).sql("select 1").query(Integer.class).single())
                        .isEqualTo(1);
            });
        }
    }

    @Test
    void startsWithAWarningWhenUnsafeDurabilityIsAllowed(CapturedOutput output) throws IOException {
        try (var server = externalServer(Set.of("fsync", "synchronous_commit"))) {
            appOn(server).withPropertyValues("tasksync.database.allow-unsafe-durability=true").run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(output).contains("may lose acknowledged writes; starting anyway")
                        .contains("fsync=off").contains("synchronous_commit=off");
            });
        }
    }
}
