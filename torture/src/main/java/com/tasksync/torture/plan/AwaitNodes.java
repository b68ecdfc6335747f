package com.tasksync.torture.plan;

/** Waits until every node is up again. */
public record AwaitNodes() implements Step {
}
