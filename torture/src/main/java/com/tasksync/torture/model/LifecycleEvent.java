package com.tasksync.torture.model;

import java.time.Instant;

/** A delete (either side) or a restore from Trash (TaskSync only), with its times. */
public record LifecycleEvent(Kind kind, Side side, Instant sentAt, Instant doneAt, boolean certain) {

    /** What happened to the task. */
    public enum Kind { DELETE, RESTORE }

    /** True when this event surely came after {@code other} ended. */
    public boolean after(LifecycleEvent other) {
        return sentAt.isAfter(other.doneAt);
    }

    public String describe() {
        return side.label() + " " + kind.name().toLowerCase() + " sent " + sentAt
                + (certain ? " acknowledged " + doneAt : " answer lost");
    }
}
