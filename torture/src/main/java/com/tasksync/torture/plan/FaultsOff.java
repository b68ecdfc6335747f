package com.tasksync.torture.plan;

/** Removes the held faults of one kind, as when an outage ends. */
public record FaultsOff(FaultKind kind) implements Step {
}
