package com.tasksync.emulator.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.pubsub.api.ConsumerEvent;
import com.tasksync.emulator.pubsub.api.FetchResponse;
import com.tasksync.emulator.pubsub.api.ReplayPreset;
import com.tasksync.emulator.pubsub.api.TopicInfo;
import com.tasksync.emulator.pubsub.api.TopicRequest;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscribeTest {

    private static final String TOPIC = "/data/TaskChangeEvent";

    @Test
    void sendsNoMoreEventsThanRequestedUntilMoreAreRequested() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 2);
            for (int i = 0; i < 5; i++) {
                org.createTask("task " + i);
            }
            assertThat(subscriber.events(2)).hasSize(2);
            FetchResponse idle = subscriber.keepalive();
            assertThat(idle.getPendingNumRequested()).isZero();

            subscriber.request(3);
            List<ConsumerEvent> rest = subscriber.events(3);
            assertThat(org.decode(rest.get(2)).get("Subject").toString()).isEqualTo("task 4");
        }
    }

    @Test
    void sendsKeepalivesWithTheLatestReplayIdWhenIdle() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 5);
            org.createTask("one");
            long replayId = ChangeEventsTest.replayId(subscriber.events(1).get(0));

            FetchResponse keepalive = subscriber.keepalive();
            assertThat(keepalive.getLatestReplayId().asReadOnlyByteBuffer().getLong()).isEqualTo(replayId);
            assertThat(keepalive.getRpcId()).isNotBlank();
            assertThat(keepalive.getPendingNumRequested()).isEqualTo(4);
        }
    }

    @Test
    void aLatestSubscriptionTakenLateMissesWhatWasPublishedBeforeTheServerTookIt() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            org.emulator.pubSub().subscribeDelay(Duration.ofMillis(1500));
            Subscriber subscriber = org.subscribe().latest(TOPIC, 5);
            org.createTask("while the server had not taken the subscription");
            assertThat(org.emulator.pubSub().openStreams(org.org.id())).isZero();
            org.awaitOpenStreams(1);
            org.createTask("after");

            List<ConsumerEvent> events = subscriber.events(1);
            assertThat(org.decode(events.get(0)).get("Subject").toString()).isEqualTo("after");
            assertThat(subscriber.keepalive().getPendingNumRequested()).isEqualTo(4);
        }
    }

    @Test
    void theAdminApiSetsTheSubscribeDelayAndRefusesOneOutOfRange() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            var http = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<String, java.net.http.HttpResponse<String>> put = body -> {
                try {
                    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(org.emulator.baseUrl()
                                    + "/__admin/pubsub/subscribe-delay")).header("Content-Type", "application/json")
                            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            for (String bad : List.of("{\"millis\":-1}", "{\"millis\":60001}", "{\"millis\":\"soon\"}", "{}")) {
                var refused = put.apply(bad);
                assertThat(refused.statusCode()).as(bad).isEqualTo(400);
                assertThat(refused.body()).as(bad).contains("millis");
            }
            assertThat(org.emulator.pubSub().subscribeDelay()).isZero();

            assertThat(put.apply("{\"millis\":250}").statusCode()).isEqualTo(200);
            assertThat(org.emulator.pubSub().subscribeDelay()).isEqualTo(Duration.ofMillis(250));
            var described = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(org.emulator.baseUrl()
                    + "/__admin/pubsub")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(described.body()).contains("\"subscribeDelayMillis\":250");
        }
    }

    @Test
    void replaysFromTheEarliestRetainedEventAndAfterAStoredReplayId() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            org.createTask("first");
            org.createTask("second");
            org.createTask("third");
            List<ConsumerEvent> all = org.subscribe().start(TOPIC, ReplayPreset.EARLIEST, null, 10).events(3);
            assertThat(org.decode(all.get(0)).get("Subject").toString()).isEqualTo("first");

            List<ConsumerEvent> after = org.subscribe()
                    .start(TOPIC, ReplayPreset.CUSTOM, all.get(0).getReplayId(), 10).events(2);
            assertThat(after).extracting(ConsumerEvent::getReplayId)
                    .containsExactly(all.get(1).getReplayId(), all.get(2).getReplayId());
        }
    }

    @Test
    void refusesAReplayIdOlderThanTheSeventyTwoHourRetention() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            org.createTask("old");
            org.createTask("older");
            List<ConsumerEvent> events = org.subscribe().start(TOPIC, ReplayPreset.EARLIEST, null, 10).events(2);
            org.advanceClock(Duration.ofHours(73));
            org.createTask("new");

            Subscriber expired = org.subscribe().start(TOPIC, ReplayPreset.CUSTOM, events.get(0).getReplayId(), 10);
            assertThat(expired.error().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(expired.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.subscription.fetch.replayid.corrupted");
            assertThat(expired.error().getDescription()).startsWith("The Replay ID validation failed.").contains("rpcId: ");

            List<ConsumerEvent> retained = org.subscribe().start(TOPIC, ReplayPreset.EARLIEST, null, 10).events(1);
            assertThat(org.decode(retained.get(0)).get("Subject").toString()).isEqualTo("new");
        }
    }

    @Test
    void refusesAReplayIdTheOrgNeverHandedOut() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribe().start(TOPIC, ReplayPreset.CUSTOM,
                    com.google.protobuf.ByteString.copyFrom(new byte[] {0, 0, 0, 0, 0, 0, 0, 7}), 1);
            assertThat(subscriber.error().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(subscriber.errorCode()).endsWith("replayid.corrupted");

            Subscriber missing = org.subscribe().start(TOPIC, ReplayPreset.CUSTOM, null, 1);
            assertThat(missing.errorCode()).endsWith("replayid.validation.failed");
        }
    }

    @Test
    void getTopicTellsTheSchemaAndWhetherTheUserMaySubscribe() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            TopicInfo topic = org.blocking().getTopic(TopicRequest.newBuilder().setTopicName(TOPIC).build());
            assertThat(topic.getTopicName()).isEqualTo(TOPIC);
            assertThat(topic.getTenantGuid()).isEqualTo(org.org.id());
            assertThat(topic.getCanSubscribe()).isTrue();
            assertThat(topic.getCanPublish()).isFalse();
            assertThat(topic.getSchemaId()).hasSize(22);

            org.emulator.viewAllData().grant(org.user, false);
            assertThat(org.blocking().getTopic(TopicRequest.newBuilder().setTopicName(TOPIC).build()).getCanSubscribe())
                    .isFalse();
        }
    }
}
