package com.tasksync.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time the processes of a scenario spend, read from Linux's {@code /proc}: the node, the
 * emulator, the PostgreSQL server (its postmaster, every backend alive, and those it reaped) and this
 * JVM, the load's clients. With the machine's busy share over the same span, it says which process a
 * request's cost goes to and whether the cores were the limit. Empty figures off Linux.
 */
final class ProcessCpu {

    /** Linux's clock tick for {@code /proc/<pid>/stat} times; 100 on the x86-64 and arm64 kernels we run on. */
    private static final double TICK_MILLIS = 10;

    private final Map<String, Long> pids;
    private final Map<String, Long> startTicks;
    private final long[] startMachine;
    private final long startNanos = System.nanoTime();

    private ProcessCpu(Map<String, Long> pids) {
        this.pids = pids;
        this.startTicks = ticks(pids);
        this.startMachine = machine();
    }

    /**
     * Starts counting for the node (by pid), the emulator and the PostgreSQL server (found by the
     * ports on their command lines).
     */
    static ProcessCpu start(long node, int emulatorPort, int postgresPort) {
        var pids = new LinkedHashMap<String, Long>();
        pids.put("node", node);
        emulatorPid(emulatorPort).ifPresent(pid -> pids.put("emulator", pid));
        findPid(line -> line.contains("postgres") && line.contains("-D") && line.contains("-p\0" + postgresPort + "\0"))
                .ifPresent(pid -> pids.put("postgres", pid));
        pids.put("benchmark JVM (the clients)", ProcessHandle.current().pid());
        return new ProcessCpu(pids);
    }

    /**
     * Milliseconds of CPU each process spent since the start, per unit of work ({@code units}
     * requests, say), and the share of the machine's CPU time that was busy.
     */
    Map<String, Object> perUnit(long units) {
        var end = ticks(pids);
        var endMachine = machine();
        var figures = new LinkedHashMap<String, Object>();
        double total = 0;
        for (var name : pids.keySet()) {
            var millis = (end.getOrDefault(name, 0L) - startTicks.getOrDefault(name, 0L)) * TICK_MILLIS;
            total += millis;
            figures.put(name, Math.round(millis / Math.max(1, units) * 1000) / 1000.0);
        }
        figures.put("sum", Math.round(total / Math.max(1, units) * 1000) / 1000.0);
        var busy = endMachine[0] - startMachine[0];
        var all = endMachine[1] - startMachine[1];
        figures.put("machineBusyPercent", all == 0 ? 0 : Math.round(1000.0 * busy / all) / 10.0);
        figures.put("seconds", Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0);
        return figures;
    }

    private static Map<String, Long> ticks(Map<String, Long> pids) {
        var ticks = new LinkedHashMap<String, Long>();
        pids.forEach((name, pid) -> ticks.put(name, name.equals("postgres") ? serverTicks(pid) : ownTicks(pid, false)));
        return ticks;
    }

    /** The postmaster's own and reaped children's time plus that of each live child (the backends). */
    private static long serverTicks(long postmaster) {
        long sum = ownTicks(postmaster, true);
        try (var entries = Files.list(Path.of("/proc"))) {
            for (var entry : (Iterable<Path>) entries::iterator) {
                var name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    var fields = statFields(Long.parseLong(name));
                    if (fields != null && Long.parseLong(fields[1]) == postmaster) {
                        sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return sum;
        }
        return sum;
    }

    private static long ownTicks(long pid, boolean withReapedChildren) {
        var fields = statFields(pid);
        if (fields == null) {
            return 0;
        }
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
    }

    /**
     * The fields of {@code /proc/<pid>/stat} after the command's closing parenthesis: [0] state,
     * [1] parent pid, [11] utime, [12] stime, [13] cutime, [14] cstime; null when gone.
     */
    private static String[] statFields(long pid) {
        try {
            var text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The machine's busy and total CPU ticks so far, from the first line of {@code /proc/stat}. */
    private static long[] machine() {
        try {
            var fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** The emulator's JVM, found by the port on its command line. */
    static java.util.Optional<Long> emulatorPid(int port) {
        return findPid(line -> line.contains("EmulatorMain") && line.contains("--port\0" + port + "\0"));
    }

    private static java.util.Optional<Long> findPid(Predicate<String> commandLine) {
        try (var entries = Files.list(Path.of("/proc"))) {
            for (var entry : (Iterable<Path>) entries::iterator) {
                var name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    try {
                        var line = new String(Files.readAllBytes(entry.resolve("cmdline")));
                        if (commandLine.test(line)) {
                            return java.util.Optional.of(Long.parseLong(name));
                        }
                    } catch (IOException e) {
                        // gone meanwhile
                    }
                }
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }
}
