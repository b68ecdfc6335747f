package com.tasksync.salesforce.client;

import com.tasksync.emulator.data.OrgData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.record.SaveResult;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import com.tasksync.salesforce.client.support.Tasks;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private static final String QUERY = "/services/data/*/query";
    private static final String CREATE = "/services/data/*/sobjects/Task";
    private static final String RECORD = "/services/data/*/sobjects/Task/*";
    private static final String UPSERT = "/services/data/*/sobjects/Task/TaskSync_Id__c/*";

    private final EmulatorOrg org = EmulatorOrg.start();
    private final SalesforceClient client = org.client();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void retriesAServerErrorWithBackoffUntilItPasses() {
        org.inject(FaultSpec.status("GET", QUERY, 503, "SERVER_UNAVAILABLE", "Server unavailable").times(2));

        assertThat(client.count("SELECT COUNT() FROM Task")).isZero();

        assertThat(org.sleeper().waits()).hasSize(2)
                .allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void retriesAnUpdateThatMetALockedRow() {
        String id = client.create(Tasks.task("locked")).id();
        org.inject(FaultSpec.status("PATCH", RECORD, 500, "UNABLE_TO_LOCK_ROW",
                "unable to obtain exclusive access to this record or 1 records: " + id).times(1));

        client.update(SObject.of("Task", id).with("Subject", "unlocked"));

        assertThat(client.retrieve("Task", id, "Subject").string("Subject")).isEqualTo("unlocked");
        assertThat(org.sleeper().waits()).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttemptWithARetryableError() {
        org.inject(FaultSpec.status("GET", QUERY, 503, "SERVER_UNAVAILABLE", "Server unavailable"));

        assertThatThrownBy(() -> client.count("SELECT COUNT() FROM Task"))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(503);
                    assertThat(failure.retryability()).isEqualTo(Retryability.TRANSIENT);
                });
        assertThat(org.sleeper().waits()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
    }

    @Test
    void neverSendsACreateAgainAfterItsResponseWasLost() {
        org.inject(FaultSpec.loseResponse("POST", CREATE).times(1));

        assertThatThrownBy(() -> client.create(Tasks.task("committed")))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isZero();
                    assertThat(failure.retryable()).isFalse();
                });

        assertThat(org.sleeper().waits()).isEmpty();
        assertThat(client.count("SELECT COUNT() FROM Task")).isEqualTo(1);
    }

    @Test
    void neverSendsACreateAgainAfterItTimedOut() throws InterruptedException {
        SalesforceClient impatient = org.client(org.connect(tokens -> { }),
                org.settings().withRequestTimeout(Duration.ofMillis(300)));
        org.inject(FaultSpec.latency("POST", CREATE, 1_500).times(1));
        CountDownLatch committed = new CountDownLatch(1);
        OrgData.of(org.org()).onCommit(changes -> committed.countDown());

        assertThatThrownBy(() -> impatient.create(Tasks.task("slow")))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.errorCode()).isEqualTo("TIMEOUT");
                    assertThat(failure.retryable()).isFalse();
                });

        assertThat(org.sleeper().waits()).isEmpty();
        assertThat(committed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(client.count("SELECT COUNT() FROM Task")).isEqualTo(1);
        assertThat(org.calls().of("POST /services/data/{version}/sobjects/{type}")).isEqualTo(1);
    }

    @Test
    void sendsAnUpsertAgainAfterItsResponseWasLostWithoutMakingADuplicate() {
        org.inject(FaultSpec.loseResponse("PATCH", UPSERT).times(1));

        SaveResult result = client.upsert(Tasks.task("once"), "TaskSync_Id__c", "lost-1");

        assertThat(result.success()).isTrue();
        assertThat(result.created()).contains(false);
        assertThat(client.count("SELECT COUNT() FROM Task")).isEqualTo(1);
    }

    @Test
    void readsAgainAfterADroppedConnection() {
        client.create(Tasks.task("there"));
        // The JDK's HTTP client itself repeats a GET once when a pooled connection drops; two drops reach our retry.
        org.inject(FaultSpec.drop("GET", QUERY).times(2));

        assertThat(client.query("SELECT Id FROM Task").count()).isEqualTo(1);
        assertThat(org.sleeper().waits()).isNotEmpty();
    }

    @Test
    void retriesAReadThatTimedOut() {
        SalesforceClient impatient = org.client(org.connect(tokens -> { }),
                org.settings().withRequestTimeout(Duration.ofMillis(300)));
        org.inject(FaultSpec.latency("GET", QUERY, 2_000).times(1));

        assertThat(impatient.count("SELECT COUNT() FROM Task")).isZero();
        assertThat(org.sleeper().waits()).hasSize(1);
    }

    @Test
    void leavesTheDailyLimitToTheCallerWithoutRetrying() {
        org.emulator().admin().setApiUsage(org.org().id(), org.org().settings().dailyApiRequests());

        assertThatThrownBy(() -> client.count("SELECT COUNT() FROM Task"))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(403);
                    assertThat(failure.errorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
                    assertThat(failure.retryability()).isEqualTo(Retryability.RATE_LIMITED);
                });
        assertThat(org.sleeper().waits()).isEmpty();
    }

    @Test
    void doesNotRetryAValidationError() {
        assertThatThrownBy(() -> client.create(Tasks.task(Tasks.tooLongSubject())))
                .isInstanceOf(SalesforceApiException.class);

        assertThat(org.sleeper().waits()).isEmpty();
    }
}
