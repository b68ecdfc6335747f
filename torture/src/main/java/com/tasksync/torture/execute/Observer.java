package com.tasksync.torture.execute;

import com.tasksync.torture.process.Deadline;
import com.tasksync.torture.tasksync.RepTaskSync;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the rep's TaskSync from outside while a run goes on: samples {@code GET /api/sync}
 * every half second, and every two seconds lists the tasks so the directory can tell which
 * TaskSync task is which Salesforce task.
 */
public final class Observer implements AutoCloseable {

    private static final Duration PACE = Duration.ofMillis(500);

    private final RepTaskSync taskSync;
    private final NodePicker nodes;
    private final Directory directory;
    private final List<SyncSample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public Observer(RepTaskSync taskSync, NodePicker nodes, Directory directory) {
        this.taskSync = taskSync;
        this.nodes = nodes;
        this.directory = directory;
        this.thread = new Thread(this::watch, "observer");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        for (long tick = 0; running; tick++) {
            var node = nodes.anyReady();
            try {
                if (node.isPresent()) {
                    var sample = SyncSample.of(Instant.now(), taskSync.syncStatus(node.get()));
                    synchronized (samples) {
                        samples.add(sample);
                    }
                    if (tick % 4 == 0) {
                        refreshDirectory(node.get());
                    }
                }
            } catch (RuntimeException e) {
                // a node killed between the pick and the call: the next tick picks another
            }
            Deadline.pause(PACE);
        }
    }

    public void refreshDirectory(String node) {
        var tasks = new ArrayList<>(taskSync.tasks(node, "all"));
        tasks.addAll(taskSync.tasks(node, "trash"));
        directory.refresh(tasks);
    }

    public List<SyncSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
