package com.tasksync.torture.plan;

/** One step of a plan: an operation for the workers, or a control step the coordinator takes itself. */
public sealed interface Step permits Operation, FaultStep, FaultsOff, KillStep, AwaitNodes, Pause, Barrier,
        AwaitSynced, StreamHolderKill, AwaitStreamTakeover {
}
