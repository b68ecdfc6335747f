package com.tasksync.demo.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverPostgresTest {

    @TempDir
    Path dataDirectory;

    @Test
    void stopsALeftoverServerWithAFastShutdownThatDisconnectsItsClients() throws Exception {
        try (var leftover = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
                var client = leftover.getPostgresDatabase().getConnection()) {
            var pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            var started = System.nanoTime();

            assertThat(LeftoverPostgres.stop(dataDirectory)).isTrue();

            // A smart shutdown (SIGTERM) would still be waiting for this client.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(client.isValid(2)).isFalse();
        }
        assertThat(LeftoverPostgres.stop(dataDirectory)).isFalse();
    }

    @Test
    void leavesAloneAProcessThatReusedThePidOfTheFile() throws Exception {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDirectory + "\n");

        assertThat(LeftoverPostgres.stop(dataDirectory)).isFalse();
    }
}
