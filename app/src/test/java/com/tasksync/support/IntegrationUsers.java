package com.tasksync.support;

import com.tasksync.connection.OrgIntegration;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.connection.SalesforceTokens;
import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.org.Permission;
import java.net.URI;

/**
 * An org's integration user connected as an admin connects one: a user of the emulator's org with the
 * permissions given, signed in to the tests' connected app (a session and a refresh token), handed to
 * {@link OrgIntegrations#connect}, which runs the pre-flight check.
 */
public final class IntegrationUsers {

    private IntegrationUsers() {
    }

    public static OrgIntegration connect(OrgIntegrations integrations, Emulator emulator, String baseUrl, String orgId,
            String username, Permission... permissions) {
        var change = UserChange.none();
        for (var permission : permissions) {
            change = change.permit(permission, true);
        }
        var user = emulator.admin().createUser(orgId,
                new UserToCreate(username, "integration-password-1", null, "Ivy", "Integration", null), change);
        var session = emulator.directory().openSession(user, SharedEmulator.CLIENT_ID);
        var refresh = emulator.directory().issueRefreshToken(user, SharedEmulator.CLIENT_ID);
        return integrations.connect(URI.create(baseUrl), new SalesforceTokens(session.accessToken(), refresh,
                URI.create(baseUrl), orgId, user.id(), username), null);
    }
}
