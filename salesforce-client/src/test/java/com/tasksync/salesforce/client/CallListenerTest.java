package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.salesforce.client.auth.TokenListener;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import com.tasksync.salesforce.client.support.Tasks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallListenerTest {

    private final EmulatorOrg org = EmulatorOrg.start();
    private final List<CallListener.Call> calls = new CopyOnWriteArrayList<>();
    private final SalesforceClient client = SalesforceClient.builder(org.connect(TokenListener.ignoring()))
            .settings(org.settings()).sleeper(org.sleeper()).random(RandomGenerator.of("L64X128MixRandom"))
            .listener(calls::add).build();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void hearsEveryRequestWithItsStatusErrorCodeAndTheOrgsUsageRetriesIncluded() {
        org.inject(FaultSpec.status("GET", "/services/data/*/query", 503, "SERVER_UNAVAILABLE", "down").times(1));

        client.count("SELECT COUNT() FROM Task");

        assertThat(calls).extracting(CallListener.Call::method, CallListener.Call::status, CallListener.Call::errorCode)
                .containsExactly(tuple("GET", 503, Optional.of("SERVER_UNAVAILABLE")),
                        tuple("GET", 200, Optional.empty()));
        assertThat(calls.get(1).usage()).hasValueSatisfying(usage ->
                assertThat(usage.max()).isEqualTo(org.org().settings().dailyApiRequests()));
        assertThat(calls.get(1).serverTime()).isPresent();
    }

    @Test
    void hearsARequestThatGotNoAnswerAsStatusZero() {
        org.inject(FaultSpec.drop("POST", "/services/data/*/sobjects/Task").times(1));

        assertThatThrownBy(() -> client.create(Tasks.task("dropped")))
                .isInstanceOf(com.tasksync.salesforce.client.error.SalesforceApiException.class);

        assertThat(calls).extracting(CallListener.Call::method, CallListener.Call::status, CallListener.Call::errorCode)
                .containsExactly(tuple("POST", 0, Optional.of("CONNECTION_FAILED")));
    }

    @Test
    void hearsTheReplayAfterASessionRenewalAsASecondRequest() {
        org.expireSessions();

        client.count("SELECT COUNT() FROM Task");

        assertThat(calls).extracting(CallListener.Call::status).containsExactly(401, 200);
        assertThat(calls.get(0).errorCode()).contains("INVALID_SESSION_ID");
    }
}
