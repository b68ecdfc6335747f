package com.tasksync.torture.execute;

import com.tasksync.torture.process.Deadline;
import com.tasksync.torture.tasksync.RepTaskSync;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the rep's TaskSync from outside while a run goes on, on two threads: one samples {@code
 * GET /api/sync} every half second, the other lists the tasks every two seconds so the directory
 * can tell which TaskSync task is which Salesforce task.
 */
public final class Observer implements AutoCloseable {

    private static final Duration SAMPLE_PACE = Duration.ofMillis(500);
    private static final Duration LISTING_PACE = Duration.ofSeconds(2);

    private final RepTaskSync taskSync;
    private final NodePicker nodes;
    private final Directory directory;
    private final List<SyncSample> samples = new ArrayList<>();
    private final List<Thread> threads;
    private volatile boolean running = true;

    public Observer(RepTaskSync taskSync, NodePicker nodes, Directory directory) {
        this.taskSync = taskSync;
        this.nodes = nodes;
        this.directory = directory;
        this.threads = List.of(watch("sync-sampler", SAMPLE_PACE, this::sample),
                watch("task-lister", LISTING_PACE, this::refreshDirectory));
    }

    private Thread watch(String name, Duration pace, java.util.function.Consumer<String> step) {
        var thread = new Thread(() -> {
            while (running) {
                try {
                    nodes.anyReady().ifPresent(step);
                } catch (RuntimeException e) {
                    // a node killed between the pick and the call: the next round picks another
                }
                Deadline.pause(pace);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void sample(String node) {
        var sample = SyncSample.of(Instant.now(), taskSync.syncStatus(node));
        synchronized (samples) {
            samples.add(sample);
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
        for (var thread : threads) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
