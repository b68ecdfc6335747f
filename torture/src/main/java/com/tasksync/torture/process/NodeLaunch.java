package com.tasksync.torture.process;

import java.nio.file.Path;
import java.util.Map;

/**
 * How every node of a run is started: the production jar, the environment all nodes share
 * (Salesforce, admin, token key, engine timings, the datasource), and where logs go.
 */
public record NodeLaunch(Path jar, Map<String, String> sharedEnvironment, Path logDirectory) {

    public NodeLaunch {
        sharedEnvironment = Map.copyOf(sharedEnvironment);
    }
}
