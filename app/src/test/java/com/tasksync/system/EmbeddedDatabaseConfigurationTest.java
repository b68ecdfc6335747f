package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseConfigurationTest {

    @TempDir
    Path dataDirectory;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class Properties {}

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("tasksync.embedded-database.data-directory=" + dataDirectory);
    }

    @Test
    void keepsItsDataAcrossRestarts() {
        runner().run(context -> JdbcClient.create(context.getBean(DataSource.class))
                .sql("create table kept (note text); insert into kept values ('still here')").update());

        runner().run(context -> assertThat(JdbcClient.create(context.getBean(DataSource.class))
                .sql("select note from kept").query(String.class).single()).isEqualTo("still here"));
    }

    @Test
    void staysOutOfTheWayWhenADatasourceUrlIsConfigured() {
        runner().withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none")
                .run(context -> assertThat(context).doesNotHaveBean(DataSource.class));
    }

    @Test
    void stopsAPostgresLeftRunningOnItsDataDirectoryByAKilledRun() throws Exception {
        var leftover = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
        try (var connection = leftover.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text); insert into kept values ('from before')");
        }
        var pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());

        assertThat(LeftoverPostgres.stop(dataDirectory, Duration.ofSeconds(30))).isTrue();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        leftover.close(); // releases the directory lock this JVM's instance holds; a killed JVM held none
        runner().run(context -> assertThat(JdbcClient.create(context.getBean(DataSource.class))
                .sql("select note from kept").query(String.class).single()).isEqualTo("from before"));
        assertThat(LeftoverPostgres.stop(dataDirectory, Duration.ofSeconds(1))).isFalse();
    }
}
