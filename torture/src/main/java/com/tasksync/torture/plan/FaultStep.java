package com.tasksync.torture.plan;

import java.time.Duration;

/**
 * Starts a fault. Faults with a {@code holdFor} are removed when it has passed (or by
 * {@link FaultsOff} when it is zero); the others apply to the next few matching calls.
 */
public record FaultStep(FaultKind kind, Duration holdFor, long seed) implements Step {
}
