package com.tasksync.torture.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * What processes a harness invocation starts: how many nodes of the production jar (all on one
 * PostgreSQL server the harness starts), where logs go, and the environment every node gets on top
 * of what the cluster sets itself: the torture's shortened engine timings, or nothing, so that the
 * nodes run on the app's own defaults.
 */
public record ClusterSettings(int nodes, Path appJar, Path logDirectory, Map<String, String> nodeEnvironment) {

    public ClusterSettings {
        if (nodes < 1 || nodes > 3) {
            throw new IllegalArgumentException("--nodes must be 1, 2 or 3, was " + nodes);
        }
        nodeEnvironment = Map.copyOf(nodeEnvironment);
    }
}
