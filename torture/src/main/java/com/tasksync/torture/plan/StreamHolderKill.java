package com.tasksync.torture.plan;

import java.time.Duration;

/**
 * {@code kill -9} of the node that holds the org's change stream, as the Salesforce admin page names it; the
 * node starts again once {@code restartAfter} has passed (past the stream's lease, so that another node
 * takes the stream over first).
 */
public record StreamHolderKill(Duration restartAfter) implements Step {
}
