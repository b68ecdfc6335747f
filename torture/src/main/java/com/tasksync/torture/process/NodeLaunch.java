package com.tasksync.torture.process;

import java.nio.file.Path;
import java.util.Map;

/**
 * How every node of a run is started: the production jar, the environment all nodes share
 * (Salesforce, admin, token key, engine timings, and the datasource when PostgreSQL is
 * external), and where logs and embedded data go.
 *
 * @param externalDatabase true when the shared environment names a datasource; otherwise each
 *     node starts its embedded PostgreSQL in a data directory of its own
 */
public record NodeLaunch(Path jar, Map<String, String> sharedEnvironment, boolean externalDatabase,
        Path logDirectory, Path dataRoot) {

    public NodeLaunch {
        sharedEnvironment = Map.copyOf(sharedEnvironment);
    }
}
