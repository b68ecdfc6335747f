package com.tasksync.torture.execute;

/**
 * The coordinator's levers besides operations: faults, kills and restarts, waiting for sync to catch up, and
 * killing the node that holds the org's change stream.
 */
public record RunControls(FaultInjector faults, NodeKiller killer, SyncWaiter waiter, StreamHolders streams) {
}
