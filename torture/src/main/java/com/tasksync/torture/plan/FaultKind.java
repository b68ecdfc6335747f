package com.tasksync.torture.plan;

/** The Salesforce faults the harness injects through the emulator's admin API. */
public enum FaultKind {
    WRITE_503("write-503"),
    UNABLE_TO_LOCK_ROW("write-500-unable-to-lock-row"),
    FLAKY_WRITES("writes-503-with-probability"),
    QUERY_503("query-503"),
    INVALID_SESSION("401-invalid-session-twice"),
    LOSE_RESPONSE("lose-response"),
    DROP("drop"),
    LATENCY("latency-4s-on-writes"),
    OUTAGE("outage-503-all-data-calls"),
    REQUEST_LIMIT("request-limit-exceeded");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Faults that stop all sync for a while, which TaskSync must show in its state and log. */
    public boolean blocksSync() {
        return this == OUTAGE || this == REQUEST_LIMIT;
    }
}
