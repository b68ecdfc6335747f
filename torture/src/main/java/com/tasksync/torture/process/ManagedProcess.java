package com.tasksync.torture.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One child process with its output appended to a log file. It can be started again after it
 * ended, killed with SIGKILL, or asked to stop with SIGTERM.
 */
public final class ManagedProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private volatile Process process;

    public ManagedProcess(String name, List<String> command, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    public synchronized void start() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        var env = builder.environment();
        List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "JAVA_TOOL_OPTIONS").forEach(env::remove);
        env.putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    public boolean alive() {
        var current = process;
        return current != null && current.isAlive();
    }

    /** SIGKILL, as {@code kill -9}: the process gets no chance to clean up. */
    public void kill() {
        var current = process;
        if (current != null) {
            current.destroyForcibly();
            waitFor(current, Duration.ofSeconds(30));
        }
    }

    /** SIGTERM, then SIGKILL when the process has not ended within {@code grace}. */
    public void stop(Duration grace) {
        var current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        if (!waitFor(current, grace)) {
            kill();
        }
    }

    public String name() {
        return name;
    }

    /** The operating system's id of the running process, for tools that attach to it (jcmd). */
    public long pid() {
        var current = process;
        if (current == null || !current.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        return current.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public long logSize() {
        try {
            return Files.exists(logFile) ? Files.size(logFile) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    public String logTail(int lines) {
        return LogFiles.tail(logFile, lines);
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
