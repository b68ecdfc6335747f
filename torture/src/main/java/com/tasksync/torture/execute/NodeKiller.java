package com.tasksync.torture.execute;

import com.tasksync.torture.plan.KillStep;
import com.tasksync.torture.process.Deadline;
import com.tasksync.torture.process.TaskSyncNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Kills nodes with SIGKILL and starts them again later on the same port and data, each restart
 * on a thread of its own so that the plan goes on meanwhile. A node that is not up (still
 * starting) is left alone.
 */
public final class NodeKiller implements AutoCloseable {

    private final List<TaskSyncNode> nodes;
    private final RunEvents events;
    private final ExecutorService restarts = Executors.newCachedThreadPool();
    private final List<Future<?>> pending = new ArrayList<>();

    public NodeKiller(List<TaskSyncNode> nodes, RunEvents events) {
        this.nodes = List.copyOf(nodes);
        this.events = events;
    }

    public synchronized void kill(KillStep step) {
        for (var index : step.nodes()) {
            var node = nodes.get(index % nodes.size());
            if (!node.ready()) {
                continue;
            }
            node.kill();
            events.kill();
            pending.add(restarts.submit(() -> {
                Deadline.pause(step.restartAfter());
                node.startAndAwaitReady();
                return null;
            }));
        }
    }

    /** Waits for every restart under way, then starts any node that is still down. */
    public synchronized void awaitAllUp() {
        for (var restart : pending) {
            try {
                restart.get();
            } catch (ExecutionException e) {
                events.harnessError("restart failed: " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        pending.clear();
        nodes.stream().filter(node -> !node.alive()).forEach(TaskSyncNode::startAndAwaitReady);
        if (!Deadline.in(Duration.ofSeconds(120)).await(() -> nodes.stream().allMatch(TaskSyncNode::ready),
                Duration.ofMillis(200))) {
            throw new IllegalStateException("not every node came back");
        }
    }

    @Override
    public void close() {
        restarts.shutdownNow();
    }
}
