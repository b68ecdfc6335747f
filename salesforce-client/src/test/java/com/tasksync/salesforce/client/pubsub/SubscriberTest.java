package com.tasksync.salesforce.client.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.RetryPolicy;
import com.tasksync.salesforce.client.SalesforceClient;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenListener;
import com.tasksync.salesforce.client.error.InvalidReplayIdException;
import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import com.tasksync.salesforce.client.support.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class SubscriberTest {

    private static final String TOPIC = "/data/TaskChangeEvent";
    private static final RetryPolicy FAST = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(50));

    @Test
    void deliversTypedCreateUpdateAndDeleteEventsWithDecodedHeaders() throws Exception {
        try (EmulatorOrg org = EmulatorOrg.withChangeDataCapture(Duration.ofSeconds(30))) {
            SalesforceConnection connection = org.connect(TokenListener.ignoring());
            SalesforceClient salesforce = org.client(connection, org.settings());
            RecordingListener listener = new RecordingListener();
            try (PubSubClient pubSub = PubSubClient.connect(org.pubSubEndpoint(), connection, org.org().id(), FAST);
                    Subscription subscription = pubSub.subscribe(TOPIC, ReplayFrom.latest(), listener)) {
                subscription.request(3);
                awaitOpenStream(org);
                String id = salesforce.create(Tasks.task("Call Ann").with("Description", "notes")).id();
                salesforce.update(SObject.of("Task").with("Id", id).with("Subject", "Call Ann back")
                        .with("Description", null).with("ActivityDate", LocalDate.of(2026, 12, 24)));
                salesforce.delete("Task", id);

                List<ChangeEvent> events = listener.awaitEvents(3);
                ChangeEvent created = events.get(0);
                assertThat(created.header().changeType()).isEqualTo(ChangeType.CREATE);
                assertThat(created.header().entityName()).isEqualTo("Task");
                assertThat(created.header().recordIds()).containsExactly(id);
                assertThat(created.header().originClient()).isEqualTo("tasksync");
                assertThat(created.header().commitUser()).isEqualTo(org.user().id());
                assertThat(created.header().commitTimestamp()).isBefore(Instant.now().plusSeconds(1));
                assertThat(created.header().transactionKey()).isNotBlank();
                assertThat(created.fields()).containsEntry("Subject", "Call Ann")
                        .containsEntry("ActivityDate", LocalDate.of(2026, 11, 23))
                        .containsEntry("IsClosed", false);
                assertThat(created.fields().get("CreatedDate")).isInstanceOf(Instant.class);

                ChangeEvent updated = events.get(1);
                assertThat(updated.header().changeType()).isEqualTo(ChangeType.UPDATE);
                assertThat(updated.header().changedFields())
                        .containsExactlyInAnyOrder("Subject", "Description", "ActivityDate", "LastModifiedDate");
                assertThat(updated.header().nulledFields()).containsExactly("Description");
                assertThat(updated.fields()).containsEntry("Subject", "Call Ann back")
                        .containsEntry("ActivityDate", LocalDate.of(2026, 12, 24))
                        .doesNotContainKey("Status");

                assertThat(events.get(2).header().changeType()).isEqualTo(ChangeType.DELETE);
                assertThat(subscription.latestReplayId()).isEqualTo(events.get(2).replayId());
            }
        }
    }

    @Test
    void deliversOnlyWhatWasRequestedAndReportsTheLatestReplayIdInKeepalives() throws Exception {
        try (EmulatorOrg org = EmulatorOrg.withChangeDataCapture(Duration.ofMillis(300))) {
            SalesforceConnection connection = org.connect(TokenListener.ignoring());
            SalesforceClient salesforce = org.client(connection, org.settings());
            RecordingListener listener = new RecordingListener();
            try (PubSubClient pubSub = PubSubClient.connect(org.pubSubEndpoint(), connection, org.org().id(), FAST);
                    Subscription subscription = pubSub.subscribe(TOPIC, ReplayFrom.latest(), listener)) {
                subscription.request(2);
                awaitOpenStream(org);
                salesforce.createAll(Tasks.tasks("batch", 3), false).forEach(r -> assertThat(r.success()).isTrue());
                List<ChangeEvent> two = listener.awaitEvents(2);
                listener.keepalives.clear();
                assertThat(listener.awaitKeepalive()).isEqualTo(two.get(1).replayId());
                assertThat(listener.events).hasSize(2);

                subscription.request(1);
                assertThat(listener.awaitEvents(3).get(2).fields()).containsEntry("Subject", "batch-0002");
            }
        }
    }

    @Test
    void resumesAfterADroppedStreamWithoutLosingOrRepeatingEvents() throws Exception {
        try (EmulatorOrg org = EmulatorOrg.withChangeDataCapture(Duration.ofSeconds(30))) {
            SalesforceConnection connection = org.connect(TokenListener.ignoring());
            SalesforceClient salesforce = org.client(connection, org.settings());
            RecordingListener listener = new RecordingListener();
            try (PubSubClient pubSub = PubSubClient.connect(org.pubSubEndpoint(), connection, org.org().id(), FAST);
                    Subscription subscription = pubSub.subscribe(TOPIC, ReplayFrom.latest(), listener)) {
                subscription.request(10);
                awaitOpenStream(org);
                salesforce.create(Tasks.task("before"));
                listener.awaitEvents(1);
                org.emulator().pubSub().dropStreams(org.org().id());
                salesforce.create(Tasks.task("while reconnecting"));
                salesforce.create(Tasks.task("after"));

                List<ChangeEvent> events = listener.awaitEvents(3);
                assertThat(events).extracting(e -> e.fields().get("Subject"))
                        .containsExactly("before", "while reconnecting", "after");
                assertThat(listener.reconnects).extracting(SalesforceApiException::errorCode)
                        .contains("sfdc.platform.eventbus.grpc.service.unavailable");
                assertThat(subscription.closed()).isFalse();
            }
        }
    }

    @Test
    void endsWithAnInvalidReplayIdWhenTheStoredOneIsPastRetention() throws Exception {
        try (EmulatorOrg org = EmulatorOrg.withChangeDataCapture(Duration.ofSeconds(30))) {
            SalesforceConnection connection = org.connect(TokenListener.ignoring());
            SalesforceClient salesforce = org.client(connection, org.settings());
            salesforce.create(Tasks.task("old"));
            salesforce.create(Tasks.task("older"));
            RecordingListener first = new RecordingListener();
            ReplayId stored;
            try (PubSubClient pubSub = PubSubClient.connect(org.pubSubEndpoint(), connection, org.org().id(), FAST);
                    Subscription subscription = pubSub.subscribe(TOPIC, ReplayFrom.earliest(), first)) {
                subscription.request(2);
                stored = first.awaitEvents(2).get(0).replayId();
            }
            org.emulator().clock().advance(Duration.ofHours(73));
            RecordingListener late = new RecordingListener();
            try (PubSubClient pubSub = PubSubClient.connect(org.pubSubEndpoint(), connection, org.org().id(), FAST);
                    Subscription subscription = pubSub.subscribe(TOPIC, ReplayFrom.after(stored), late)) {
                subscription.request(5);
                SalesforceApiException failure = late.awaitFailure();
                assertThat(failure).isInstanceOf(InvalidReplayIdException.class);
                assertThat(failure.retryable()).isFalse();
                assertThat(late.reconnects).as("only the session that timed out meanwhile was renewed")
                        .allMatch(PubSubErrors::sessionRefused);
                assertThat(subscription.closed()).isTrue();
            }
        }
    }

    @Test
    void renewsARefusedSessionOnceAndSubscribes() throws Exception {
        try (EmulatorOrg org = EmulatorOrg.withChangeDataCapture(Duration.ofSeconds(30))) {
            SalesforceConnection connection = org.connect(TokenListener.ignoring());
            String before = connection.tokens().accessToken();
            org.expireSessions();
            RecordingListener listener = new RecordingListener();
            try (PubSubClient pubSub = PubSubClient.connect(org.pubSubEndpoint(), connection, org.org().id(), FAST);
                    Subscription subscription = pubSub.subscribe(TOPIC, ReplayFrom.latest(), listener)) {
                subscription.request(1);
                awaitOpenStream(org);
                assertThat(connection.tokens().accessToken()).isNotEqualTo(before);
                org.client(connection, org.settings()).create(Tasks.task("after renewal"));
                assertThat(listener.awaitEvents(1).get(0).fields()).containsEntry("Subject", "after renewal");
            }
        }
    }

    @Test
    void classifiesMissingPermissionAsPermanentAndTheDeliveryLimitAsRateLimited() throws Exception {
        try (EmulatorOrg org = EmulatorOrg.withChangeDataCapture(Duration.ofSeconds(30))) {
            SalesforceConnection connection = org.connect(TokenListener.ignoring());
            org.emulator().viewAllData().grant(org.user(), false);
            RecordingListener refused = new RecordingListener();
            try (PubSubClient pubSub = PubSubClient.connect(org.pubSubEndpoint(), connection, org.org().id(), FAST)) {
                assertThat(pubSub.topic(TOPIC).canSubscribe()).isFalse();
                pubSub.subscribe(TOPIC, ReplayFrom.latest(), refused).request(1);
                SalesforceApiException denied = refused.awaitFailure();
                assertThat(denied.retryability()).isEqualTo(Retryability.PERMANENT);
                assertThat(denied.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.subscription.topic.cannot.subscribe");

                org.emulator().viewAllData().grant(org.user(), true);
                org.emulator().changeDataCapture().setDelivered(org.emulator().directory().org(org.org().id()).orElseThrow(),
                        25_000);
                RecordingListener limited = new RecordingListener();
                pubSub.subscribe(TOPIC, ReplayFrom.latest(), limited).request(1);
                assertThat(limited.awaitFailure().retryability()).isEqualTo(Retryability.RATE_LIMITED);
            }
        }
    }

    private static void awaitOpenStream(EmulatorOrg org) {
        long deadline = System.nanoTime() + RecordingListener.WAIT.toNanos();
        while (org.emulator().pubSub().openStreams(org.org().id()) == 0) {
            assertThat(System.nanoTime()).as("an open stream within %s", RecordingListener.WAIT).isLessThan(deadline);
            LockSupport.parkNanos(1_000_000);
        }
    }
}
