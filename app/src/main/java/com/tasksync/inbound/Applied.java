package com.tasksync.inbound;

/** What the applier did with one Salesforce task. */
public enum Applied {
    /** Out of scope (older than the import window, or deleted before TaskSync ever had it). */
    LEFT_OUT,
    /** Already applied, or nothing new in it (often our own write coming back). */
    UNCHANGED,
    /** Read before a write of ours to it finished, so possibly older than that write: left to the next read. */
    SKIPPED,
    CREATED,
    UPDATED,
    DELETED;

    public boolean changedTaskSync() {
        return this == CREATED || this == UPDATED || this == DELETED;
    }
}
