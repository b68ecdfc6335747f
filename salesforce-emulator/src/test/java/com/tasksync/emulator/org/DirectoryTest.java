package com.tasksync.emulator.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryTest {

    private final Directory directory = new Directory(EmulatorClock.system());

    private User newUser(String username) {
        Org org = directory.createOrg("Org", OrgSettings.defaults().withSessionTimeout(Duration.ofMinutes(10)));
        return directory.createUser(org, username, "pw", username, null, "Last", null);
    }

    @Test
    void listsOnlyTheLiveSessionsOfAUser() {
        User user = newUser("a@dir.example");
        Session first = directory.openSession(user, "client");
        directory.openSession(user, "client");
        directory.revokeSession(first.accessToken());

        assertThat(directory.sessionsOf(user.id())).hasSize(1);
        directory.clock().advance(Duration.ofMinutes(11));
        assertThat(directory.sessionsOf(user.id())).isEmpty();
    }

    @Test
    void clearForgetsEverythingAndEndsSessions() {
        User user = newUser("b@dir.example");
        Session session = directory.openSession(user, "client");
        directory.registerApp("App", List.of(), null, null);

        directory.clear();

        assertThat(directory.orgs()).isEmpty();
        assertThat(directory.apps()).isEmpty();
        assertThat(directory.userByUsername("b@dir.example")).isEmpty();
        assertThat(session.revoked()).isTrue();
        assertThat(directory.session(session.accessToken())).isEmpty();
    }

    @Test
    void aClientIdIsRegisteredOnlyOnce() {
        ConnectedApp app = directory.registerApp("App", List.of(), null, null);

        assertThatThrownBy(() -> directory.registerApp(app)).isInstanceOf(IllegalArgumentException.class);
    }
}
