package com.tasksync.torture.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server still running on a data directory, found by its {@code postmaster.pid}: the
 * harness's own server when pg_ctl could not stop it. The harness stops what remains at exit.
 */
public final class LeftoverServer {

    private LeftoverServer() {
    }

    public static void stop(Path dataDirectory) {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            var lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
                return;
            }
            ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(LeftoverServer::isPostgres)
                    .ifPresent(LeftoverServer::terminate);
        } catch (IOException e) {
            System.err.println("cannot read " + pidFile + ": " + e.getMessage());
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static void terminate(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(Duration.ofSeconds(15).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
        }
    }
}
