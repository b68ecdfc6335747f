package com.tasksync.torture.run;

import java.nio.file.Path;

/**
 * What processes a harness invocation starts: how many nodes of the production jar (all on one
 * PostgreSQL server the harness starts), where logs go, and the engine timings.
 */
public record ClusterSettings(int nodes, Path appJar, Path logDirectory, EngineTimings timings) {

    public ClusterSettings {
        if (nodes < 1 || nodes > 3) {
            throw new IllegalArgumentException("--nodes must be 1, 2 or 3, was " + nodes);
        }
    }
}
