package com.tasksync.torture.execute;

/** The coordinator's levers besides operations: faults, kills and restarts, and waiting for sync to catch up. */
public record RunControls(FaultInjector faults, NodeKiller killer, SyncWaiter waiter) {
}
