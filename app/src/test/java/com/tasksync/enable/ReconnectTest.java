package com.tasksync.enable;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.support.EngineEmulator;
import com.tasksync.support.SalesforceOrg;
import com.tasksync.support.SalesforceRep;
import com.tasksync.support.SyncTestBase;
import com.tasksync.support.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconnectTest extends SyncTestBase {

    @Test
    void waitsForAReconnectWhenTheRefreshIsRefusedAndThenSendsEverythingPending() {
        SalesforceRep rep = SalesforceOrg.create().newRep();
        TestUser user = newUser();
        connect(user, rep);
        enable(user);
        revokeTaskSyncAccess(user);

        api(user).post("/api/tasks", Map.of("subject", "made while the token was dead"));
        relay();

        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("reconnect");
        assertThat(syncStatus(user).get("lastError").stringValue()).contains("connect again");
        assertThat(relay.pending()).isEqualTo(1);
        assertThat(rep.tasks()).isEmpty();

        connect(user, rep);
        syncUntilQuiet();

        assertThat(syncStatus(user).get("state").stringValue()).isEqualTo("syncing");
        assertThat(rep.tasks()).extracting(record -> record.string("Subject"))
                .containsExactly("made while the token was dead");
    }

    private void revokeTaskSyncAccess(TestUser user) {
        var tokens = connections.tokens(user.id()).orElseThrow();
        EngineEmulator.emulator().directory().revokeRefreshToken(tokens.refreshToken());
        EngineEmulator.emulator().directory().revokeSession(tokens.accessToken());
    }
}
