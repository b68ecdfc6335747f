package com.tasksync.torture.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Salesforce emulator in a JVM of its own, started from this module's classpath (which holds
 * the emulator and its dependencies) with the admin API on, and free ports for REST and Pub/Sub
 * so that several harnesses can run side by side.
 */
public final class EmulatorProcess {

    private static final String MAIN = "com.tasksync.emulator.EmulatorMain";

    private final ManagedProcess process;
    private final int port;

    private EmulatorProcess(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static EmulatorProcess start(Path logDirectory) {
        var port = FreePorts.next();
        var command = JavaCommand.mainClass(System.getProperty("java.class.path"), MAIN, List.of("--port",
                Integer.toString(port), "--pubsub-port", Integer.toString(FreePorts.next()), "--host", "127.0.0.1"),
                "-Xmx768m");
        var process = new ManagedProcess("emulator", command, Map.of(), logDirectory.resolve("emulator.log"));
        var emulator = new EmulatorProcess(process, port);
        process.start();
        Cleanup.register(() -> process.stop(Duration.ofSeconds(10)));
        if (!Deadline.in(Duration.ofSeconds(60)).await(
                () -> !process.alive() || HealthProbe.answers200(emulator.baseUrl() + "/__admin/clock"),
                Duration.ofMillis(200)) || !process.alive()) {
            throw new IllegalStateException("the emulator did not start; its log " + process.logFile() + " ends:\n"
                    + process.logTail(30));
        }
        return emulator;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public ManagedProcess process() {
        return process;
    }
}
