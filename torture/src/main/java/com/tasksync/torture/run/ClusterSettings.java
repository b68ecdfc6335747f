package com.tasksync.torture.run;

import java.nio.file.Path;

/**
 * What processes a harness invocation starts: how many nodes (one runs on its embedded
 * PostgreSQL, several share an external server), the production jar, where logs go, and the
 * engine timings.
 */
public record ClusterSettings(int nodes, Path appJar, Path logDirectory, EngineTimings timings) {

    public ClusterSettings {
        if (nodes < 1 || nodes > 3) {
            throw new IllegalArgumentException("--nodes must be 1, 2 or 3, was " + nodes);
        }
    }

    public boolean externalDatabase() {
        return nodes > 1;
    }
}
