package com.tasksync.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the embedded data directory by an app that was killed
 * (kill -9, a crash): it holds the directory, so the next start would fail. Found by the
 * directory's {@code postmaster.pid}, it is asked to shut down before the new start.
 */
final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);

    private LeftoverPostgres() {
    }

    /** Stops the server that {@code dataDirectory}'s pid file names, if it is a running postgres; true when it did. */
    static boolean stop(Path dataDirectory, Duration wait) throws IOException {
        Optional<ProcessHandle> server = runningServer(dataDirectory);
        if (server.isEmpty()) {
            return false;
        }
        log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run", server.get().pid(), dataDirectory);
        server.get().destroy();
        try {
            server.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("PostgreSQL pid " + server.get().pid() + " still holds " + dataDirectory + " after " + wait, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL pid " + server.get().pid(), e);
        } catch (ExecutionException e) {
            throw new IOException(e);
        }
        return true;
    }

    private static Optional<ProcessHandle> runningServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
    }
}
