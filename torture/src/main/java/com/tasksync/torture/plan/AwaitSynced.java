package com.tasksync.torture.plan;

import java.time.Duration;

/** Waits until no task is pending and every task made in TaskSync while sync was on has reached Salesforce. */
public record AwaitSynced(Duration timeout) implements Step {
}
