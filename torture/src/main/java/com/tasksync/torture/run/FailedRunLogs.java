package com.tasksync.torture.run;

import com.tasksync.torture.process.TaskSyncNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What each node wrote while a run lasted, kept apart when the run fails: node logs are appended to
 * by every run of a harness invocation (and by a killed node once restarted), so the part of a failing
 * run is copied to {@code failed-run-<number>-<seed>/node-<n>.log} beside them before later runs bury it.
 */
final class FailedRunLogs {

    private FailedRunLogs() {
    }

    /** Copies each node's log from its size at the run's start to its end; the directory written, or null. */
    static Path keep(Path logDirectory, List<TaskSyncNode> nodes, Map<Integer, Long> sizesAtStart, int run,
            long seed) {
        var directory = logDirectory.resolve("failed-run-" + run + "-" + seed);
        try {
            Files.createDirectories(directory);
            for (var node : nodes) {
                var from = sizesAtStart.getOrDefault(node.number(), 0L);
                copyFrom(node.process().logFile(), from, directory.resolve("node-" + node.number() + ".log"));
            }
            return directory;
        } catch (IOException e) {
            return null;
        }
    }

    private static void copyFrom(Path log, long from, Path target) throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        try (var in = new RandomAccessFile(log.toFile(), "r"); var out = Files.newOutputStream(target)) {
            in.seek(Math.min(from, in.length()));
            var buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, read);
            }
        }
    }
}
