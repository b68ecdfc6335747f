package com.tasksync.torture.plan;

/** Waits until every operation dispatched so far has finished. */
public record Barrier() implements Step {
}
