package com.tasksync.torture.process;

import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One TaskSync node: the production jar in its own JVM, configured by environment variables
 * only. A killed node starts again on the same port and data, as an operator would restart it.
 */
public final class TaskSyncNode {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final int number;
    private final int port;
    private final ManagedProcess process;
    private final AtomicInteger kills = new AtomicInteger();
    private volatile boolean ready;

    private TaskSyncNode(int number, int port, ManagedProcess process) {
        this.number = number;
        this.port = port;
        this.process = process;
    }

    public static TaskSyncNode prepare(int number, NodeLaunch launch) {
        var port = FreePorts.next();
        var environment = new HashMap<>(launch.sharedEnvironment());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("TASKSYNC_BASE_URL", "http://127.0.0.1:" + port);
        // Its name on the admin page is this and a suffix: how the harness finds the node holding a stream.
        environment.put("TASKSYNC_NODE_NAME", "node-" + number);
        var command = JavaCommand.jar(launch.jar(), "-Xmx256m");
        var process = new ManagedProcess("node-" + number, command, environment,
                launch.logDirectory().resolve("node-" + number + ".log"));
        var node = new TaskSyncNode(number, port, process);
        Cleanup.register(node::stop);
        return node;
    }

    /** Starts the node and waits until its health endpoint answers, failing with the log's tail. */
    public void startAndAwaitReady() {
        process.start();
        var up = Deadline.in(READY_TIMEOUT).await(
                () -> !process.alive() || HealthProbe.answers200(baseUrl() + "/actuator/health"), Duration.ofMillis(250));
        if (!up || !process.alive()) {
            throw new IllegalStateException("node " + number + " did not become ready within " + READY_TIMEOUT
                    + "; its log " + process.logFile() + " ends:\n" + process.logTail(40));
        }
        ready = true;
    }

    /** Whether {@code holder}, a node's name as TaskSync shows it, is this node's ({@code node-<number>-<suffix>}). */
    public boolean named(String holder) {
        return holder != null && holder.startsWith("node-" + number + "-");
    }

    /** {@code kill -9} of the node's JVM. */
    public void kill() {
        ready = false;
        kills.incrementAndGet();
        process.kill();
    }

    public void stop() {
        ready = false;
        process.stop(Duration.ofSeconds(20));
    }

    public boolean ready() {
        return ready && process.alive();
    }

    public boolean alive() {
        return process.alive();
    }

    public int number() {
        return number;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String callbackUrl() {
        return baseUrl() + "/settings/salesforce/callback";
    }

    public ManagedProcess process() {
        return process;
    }

    public int kills() {
        return kills.get();
    }
}
