package com.tasksync.torture.execute;

import com.tasksync.torture.process.Deadline;
import com.tasksync.torture.process.TaskSyncNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses the node a request goes to: the one the plan names when it is up, else another one
 * that is, else the first to come back (a single killed node makes TaskSync requests wait for
 * its restart rather than be lost).
 */
public final class NodePicker {

    private static final Duration WAIT_FOR_A_NODE = Duration.ofSeconds(180);

    private final List<TaskSyncNode> nodes;
    private final AtomicInteger turn = new AtomicInteger();

    public NodePicker(List<TaskSyncNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    public String url(int preferred) {
        var node = nodes.get(preferred % nodes.size());
        if (node.ready()) {
            return node.baseUrl();
        }
        var other = anyReady();
        if (other.isPresent()) {
            return other.get();
        }
        if (!Deadline.in(WAIT_FOR_A_NODE).await(() -> anyReady().isPresent(), Duration.ofMillis(200))) {
            throw new IllegalStateException("no TaskSync node came up within " + WAIT_FOR_A_NODE);
        }
        return anyReady().orElseThrow();
    }

    /** A node that is up, taking turns, or empty when none is. */
    public Optional<String> anyReady() {
        for (int i = 0; i < nodes.size(); i++) {
            var node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
            if (node.ready()) {
                return Optional.of(node.baseUrl());
            }
        }
        return Optional.empty();
    }

    public List<TaskSyncNode> nodes() {
        return nodes;
    }
}
