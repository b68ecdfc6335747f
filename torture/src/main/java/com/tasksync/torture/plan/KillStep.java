package com.tasksync.torture.plan;

import java.time.Duration;
import java.util.List;

/** {@code kill -9} of nodes (by index); each starts again on its own once {@code restartAfter} has passed. */
public record KillStep(List<Integer> nodes, Duration restartAfter) implements Step {

    public KillStep {
        nodes = List.copyOf(nodes);
    }
}
