package com.tasksync.demo.database;

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
 * A PostgreSQL server still running on the data directory when this process holds the
 * directory's lock: the process that started it was killed (kill -9, a crash), since a live
 * one would hold the lock. Found by the directory's {@code postmaster.pid}, it is stopped with
 * a fast shutdown (SIGINT: clients are disconnected, work is checkpointed), then an immediate
 * one (SIGQUIT), then SIGKILL. Never SIGTERM: a smart shutdown waits for every client and
 * refuses new connections meanwhile.
 */
final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);

    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(10);
    private static final Duration KILL = Duration.ofSeconds(10);

    private LeftoverPostgres() {}

    /** Stops the server that {@code dataDirectory}'s pid file names, if it is a running postgres; true when it did. */
    static boolean stop(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> found = runningServer(dataDirectory);
        if (found.isEmpty()) {
            return false;
        }
        var server = found.get();
        log.warn("Stopping a PostgreSQL (pid {}) left running on {} by a process that no longer runs", server.pid(),
                dataDirectory);
        signal(server, "INT");
        if (exited(server, FAST_SHUTDOWN)) {
            return true;
        }
        log.warn("PostgreSQL pid {} did not finish a fast shutdown in {}; shutting it down immediately", server.pid(),
                FAST_SHUTDOWN);
        signal(server, "QUIT");
        if (exited(server, IMMEDIATE_SHUTDOWN)) {
            return true;
        }
        log.warn("PostgreSQL pid {} ignored an immediate shutdown; killing it and its backends", server.pid());
        List<ProcessHandle> backends = server.descendants().toList();
        server.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        if (!exited(server, KILL)) {
            throw new IOException("PostgreSQL pid " + server.pid() + " still holds " + dataDirectory + " after SIGKILL");
        }
        return true;
    }

    private static void signal(ProcessHandle server, String signal) throws IOException {
        // Java can send only SIGTERM and SIGKILL itself.
        var kill = new ProcessBuilder("kill", "-" + signal, Long.toString(server.pid()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while signalling PostgreSQL pid " + server.pid(), e);
        }
    }

    private static boolean exited(ProcessHandle server, Duration wait) throws IOException {
        try {
            server.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL pid " + server.pid(), e);
        } catch (ExecutionException e) {
            throw new IOException(e);
        }
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
        // The pid of a server that died with the machine may belong to another program now.
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
    }
}
