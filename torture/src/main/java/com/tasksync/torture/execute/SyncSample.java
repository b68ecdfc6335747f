package com.tasksync.torture.execute;

import com.tasksync.torture.http.Json;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** One reading of the rep's {@code GET /api/sync}. */
public record SyncSample(Instant at, String state, JsonNode problem, String lastError) {

    private static final Set<String> TROUBLE_STATES = Set.of("retrying", "degraded", "reconnect");

    public static SyncSample of(Instant at, JsonNode status) {
        return new SyncSample(at, Json.text(status, "state"), status.path("problem"), Json.text(status, "lastError"));
    }

    /** The state says sync is in trouble and the problem object says what, since when and when the next try is. */
    public boolean showsProblem() {
        return TROUBLE_STATES.contains(state) && problem != null && problem.isObject()
                && Json.text(problem, "code") != null && Json.text(problem, "message") != null
                && Json.text(problem, "since") != null && problem.has("nextTryAt");
    }

    /** The state says sync is in trouble or needs the rep, whether or not a problem object comes with it. */
    public boolean showsTrouble() {
        return TROUBLE_STATES.contains(state) || "error".equals(state);
    }

    public String describe() {
        return at + " state=" + state + " problem=" + (problem == null || problem.isMissingNode() ? "none" : problem)
                + " lastError=" + lastError;
    }
}
