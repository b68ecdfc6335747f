package com.tasksync.connection;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * An org's integration user, as an admin connected it: who it is, who connected it and when, and the
 * last pre-flight check ({@code check} is null until one ran). The tokens stay encrypted in
 * {@link OrgIntegrationRepository}.
 *
 * @param readsOrgSince since when the checks have passed without a break; org-level reads are trusted from then on
 */
public record OrgIntegration(
        String orgId,
        URI loginHost,
        URI instanceUrl,
        String salesforceUserId,
        String username,
        UUID connectedBy,
        Instant connectedAt,
        IntegrationCheck check,
        Instant readsOrgSince) {

    /** Whether the last check lets org-level reads use this user: the API works and it sees every task. */
    public boolean readsOrg() {
        return check != null && check.readsOrg();
    }

    /** Whether the last check found all Change Data Capture needs. */
    public boolean changeEvents() {
        return check != null && check.changeEvents();
    }
}
