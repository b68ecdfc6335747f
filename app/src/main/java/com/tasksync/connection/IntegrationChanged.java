package com.tasksync.connection;

import java.time.Instant;

/**
 * An org's integration user was connected, checked or disconnected. {@code lostOrgReadsAfter} is set
 * when a check found that org-level reads can no longer be trusted: the time of the last check that
 * passed, from which reads must be made again with each rep's own session (what the integration user
 * could not see since then may have been missed).
 */
public record IntegrationChanged(String orgId, Instant lostOrgReadsAfter) {
}
