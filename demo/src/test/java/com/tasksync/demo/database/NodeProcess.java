package com.tasksync.demo.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An {@link EmbeddedDatabaseNode} in a second JVM on the test's class path, its output read line by line. */
final class NodeProcess implements AutoCloseable {

    private static final String END = "\0end of output";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private NodeProcess(Process process) {
        this.process = process;
        var reader = new Thread(this::readOutput, "node-" + process.pid() + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    static NodeProcess start(Path dataDirectory) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new NodeProcess(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), EmbeddedDatabaseNode.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start());
    }

    long pid() {
        return process.pid();
    }

    /** The port of the node's database, once it is ready. */
    int awaitReady() throws InterruptedException {
        return Integer.parseInt(awaitLine("ready ", Duration.ofSeconds(90)).substring("ready ".length()).strip());
    }

    /** The first line of output that starts with {@code prefix}; fails with the output so far at the deadline. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                throw new AssertionError("node " + pid() + " printed no line starting with '" + prefix + "' "
                        + (line == null ? "within " + timeout : "before its output ended") + ":\n" + String.join("\n", seen));
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("node " + pid() + " still runs after " + timeout);
        }
        return process.exitValue();
    }

    /** kill -9: the JVM dies at once, and whatever it started outlives it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Stops the node in order, if it still runs: its context closes, which stops its server. */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void readOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output unreadable: " + e.getMessage() + ")");
        } finally {
            lines.add(END);
        }
    }
}
