package com.tasksync.torture.plan;

import java.time.Duration;

/**
 * Waits until the admin page shows the org's change stream live on a node other than the one
 * {@link StreamHolderKill} killed; taking longer than {@code limit} from the kill is a violation.
 */
public record AwaitStreamTakeover(Duration limit) implements Step {
}
