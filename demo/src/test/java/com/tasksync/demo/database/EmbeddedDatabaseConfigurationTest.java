package com.tasksync.demo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseConfigurationTest {

    /** For tests that only look: one cluster, made once, started by each of them. */
    @TempDir
    static Path sharedRoot;

    /** For tests that change the data directory or its files. */
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

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(PropertiesConfiguration.class, EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("tasksync.embedded-database.data-directory=" + dataDirectory);
    }

    private static ApplicationContextRunner sharedRunner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(PropertiesConfiguration.class, EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("tasksync.embedded-database.data-directory=" + sharedRoot.resolve("pgdata"));
    }

    private static JdbcClient jdbc(ApplicationContext context) {
        return JdbcClient.create(context.getBean(DataSource.class));
    }

    private static String show(ApplicationContext context, String setting) {
        return jdbc(context).sql("SHOW " + setting).query(String.class).single();
    }

    @Test
    void keepsItsDataAcrossRestarts() {
        runner().run(context -> jdbc(context)
                .sql("create table kept (note text); insert into kept values ('still here')").update());

        runner().run(context -> assertThat(jdbc(context).sql("select note from kept").query(String.class).single())
                .isEqualTo("still here"));
    }

    @Test
    void staysOutOfTheWayWhenADatasourceUrlIsConfigured() {
        runner().withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none")
                .run(context -> assertThat(context).doesNotHaveBean(DataSource.class));
    }

    @Test
    void runsWithFsyncSynchronousCommitAndFullPageWritesOn() {
        sharedRunner().run(context -> {
            assertThat(show(context, "fsync")).isEqualTo("on");
            assertThat(show(context, "synchronous_commit")).isEqualTo("on");
            assertThat(show(context, "full_page_writes")).isEqualTo("on");
        });
    }

    @Test
    void refusesATcpConnectionWithoutThePasswordOrWithAWrongOne() {
        sharedRunner().run(context -> {
            var url = context.getBean(EmbeddedDatabase.class).jdbcUrl();
            assertThatThrownBy(() -> connect(url, null)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("no password was provided");
            assertThatThrownBy(() -> connect(url, "guess")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        });
    }

    @Test
    void asksForThePasswordOnTheUnixSocketToo() {
        sharedRunner().run(context -> {
            var port = context.getBean(EmbeddedDatabase.class).port();

            assertThat(PostgresHandshake.authenticationRequest(socketDirectory(jdbc(context)), port))
                    .isEqualTo(PostgresHandshake.SASL);
        });
    }

    @Test
    void leavesNoTrustInPgHbaConf() {
        sharedRunner().run(context -> {
            assertThat(Files.readString(sharedRoot.resolve("pgdata/pg_hba.conf"))).doesNotContain("trust");
            assertThat(jdbc(context).sql("select distinct auth_method from pg_hba_file_rules").query(String.class).list())
                    .containsExactly("scram-sha-256");
            assertThat(jdbc(context).sql("select distinct type from pg_hba_file_rules").query(String.class).set())
                    .containsExactlyInAnyOrder("local", "host");
        });
    }

    @Test
    void keepsAGeneratedPasswordInAnOwnerOnlyFileBesideTheDataDirectory() {
        sharedRunner().run(context -> {
            var file = sharedRoot.resolve("pgdata.password");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            var password = Files.readString(file);
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            try (var connection = connect(context.getBean(EmbeddedDatabase.class).jdbcUrl(), password)) {
                assertThat(connection.isValid(5)).isTrue();
            }
        });
    }

    @Test
    void takesThePasswordFromTheFileThePropertyNamesAndAppliesItsChangesAtTheNextStart() throws Exception {
        var file = root.resolve("secrets/postgres-password");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "first 'quoted' password\n");
        var runner = runner().withPropertyValues("tasksync.embedded-database.password-file=" + file);
        runner.run(context -> {
            try (var connection = connect(context.getBean(EmbeddedDatabase.class).jdbcUrl(), "first 'quoted' password")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        });

        Files.writeString(file, "second password");

        runner.run(context -> {
            var url = context.getBean(EmbeddedDatabase.class).jdbcUrl();
            assertThatThrownBy(() -> connect(url, "first 'quoted' password")).isInstanceOf(SQLException.class);
            try (var connection = connect(url, "second password")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        });
        assertThat(root.resolve("pgdata.password")).doesNotExist();
    }

    @Test
    void upgradesADirectoryAnEarlierVersionMadeWithTrustAndKeepsItsRows() throws Exception {
        try (var earlier = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            var jdbc = JdbcClient.create(earlier.getPostgresDatabase());
            jdbc.sql("create table kept (note text); insert into kept values ('one'), ('two')").update();
            assertThat(PostgresHandshake.authenticationRequest(socketDirectory(jdbc), earlier.getPort()))
                    .as("an earlier version's server lets anyone in").isEqualTo(PostgresHandshake.OK);
        }
        assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).contains("trust");

        runner().run(context -> {
            assertThat(jdbc(context).sql("select note from kept order by note").query(String.class).list())
                    .containsExactly("one", "two");
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
            var url = context.getBean(EmbeddedDatabase.class).jdbcUrl();
            assertThatThrownBy(() -> connect(url, null)).isInstanceOf(SQLException.class);
            var port = context.getBean(EmbeddedDatabase.class).port();
            assertThat(PostgresHandshake.authenticationRequest(socketDirectory(jdbc(context)), port))
                    .isEqualTo(PostgresHandshake.SASL);
        });
        assertThat(root.resolve("pgdata.password")).exists();
    }

    @Test
    void refusesASecondStartOnADataDirectoryThisProcessAlreadyRuns() {
        runner().run(first -> runner().run(second -> {
            assertThat(second).hasFailed();
            assertThat(second.getStartupFailure()).rootCause()
                    .hasMessageContaining("is in use by another TaskSync process (pid " + ProcessHandle.current().pid() + ")");
            assertThat(jdbc(first).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }));
    }

    @Test
    void stopsStartUpNamingAnInvalidProperty() {
        runner().withPropertyValues("tasksync.embedded-database.port=70000").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("tasksync.embedded-database")
                    .hasMessageContaining("port");
        });
    }

    private static Path socketDirectory(JdbcClient jdbc) {
        return Path.of(jdbc.sql("SHOW unix_socket_directories").query(String.class).single().split(",")[0].strip());
    }

    private static java.sql.Connection connect(String url, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", ClientAuthentication.SUPERUSER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
