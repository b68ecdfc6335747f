package com.tasksync.emulator.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.cdc.ChangeOperation;
import com.tasksync.emulator.pubsub.api.ConsumerEvent;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PubSubFaultsTest {

    private static final String TOPIC = "/data/TaskChangeEvent";

    @Test
    void droppedStreamsEndWithUnavailableAndCanResumeFromTheLastReplayId() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            org.createTask("before the drop");
            ConsumerEvent seen = subscriber.events(1).get(0);

            assertThat(org.emulator.pubSub().dropStreams(org.org.id())).isEqualTo(1);
            assertThat(subscriber.error().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(subscriber.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.service.unavailable");
            org.createTask("while away");

            List<ConsumerEvent> resumed = org.subscribe()
                    .start(TOPIC, com.tasksync.emulator.pubsub.api.ReplayPreset.CUSTOM, seen.getReplayId(), 10).events(1);
            assertThat(org.decode(resumed.get(0)).get("Subject").toString()).isEqualTo("while away");
        }
    }

    @Test
    void delayedDeliveryHoldsEventsBackForTheDelay() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            org.emulator.changeDataCapture().delayDelivery(org.org, Duration.ofMillis(700));
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            long start = System.nanoTime();
            org.createTask("late");
            subscriber.events(1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        }
    }

    @Test
    void withheldCommitsPublishNoEventAndTheGapInjectedInTheirPlaceIsTheNextEvent() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            org.emulator.changeDataCapture().withholdEvents(org.org, true);
            String id = org.createTask("no event of its own");
            org.emulator.changeDataCapture().withholdEvents(org.org, false);
            org.emulator.changeDataCapture().injectGap(org.org, "Task", ChangeOperation.GAP_CREATE, List.of(id));
            org.createTask("after");

            List<ConsumerEvent> events = subscriber.events(2);
            GenericRecord gap = (GenericRecord) org.decode(events.get(0)).get("ChangeEventHeader");
            assertThat(gap.get("changeType").toString()).isEqualTo("GAP_CREATE");
            assertThat(ChangeEventsTest.strings(gap.get("recordIds"))).containsExactly(id);
            assertThat(org.decode(events.get(1)).get("Subject").toString()).isEqualTo("after");
        }
    }

    @Test
    void injectedGapAndOverflowEventsCarryOnlyTheHeader() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            String id = org.createTask("gap");
            org.emulator.changeDataCapture().injectGap(org.org, "Task", ChangeOperation.GAP_UPDATE, List.of(id));
            org.emulator.changeDataCapture().injectGap(org.org, "Task", ChangeOperation.GAP_OVERFLOW, List.of());

            List<ConsumerEvent> events = subscriber.events(3);
            GenericRecord gap = org.decode(events.get(1));
            GenericRecord header = (GenericRecord) gap.get("ChangeEventHeader");
            assertThat(header.get("changeType").toString()).isEqualTo("GAP_UPDATE");
            assertThat(ChangeEventsTest.strings(header.get("recordIds"))).containsExactly(id);
            assertThat(gap.get("Subject")).isNull();
            GenericRecord overflow = (GenericRecord) org.decode(events.get(2)).get("ChangeEventHeader");
            assertThat(overflow.get("changeType").toString()).isEqualTo("GAP_OVERFLOW");
        }
    }

    @Test
    void stopsDeliveringAtTheDailyAllocationAndShowsItInLimits() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            org.emulator.changeDataCapture().updateSettings(org.org, s -> s.withDailyDeliveredEvents(2));
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            for (int i = 0; i < 3; i++) {
                org.createTask("task " + i);
            }
            subscriber.events(2);
            assertThat(subscriber.error().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
            assertThat(subscriber.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.subscription.limit.exceeded");

            JsonNode limits = org.rest("GET", "/limits", null).get("DailyDeliveredPlatformEvents");
            assertThat(limits.get("Max").asInt()).isEqualTo(2);
            assertThat(limits.get("Remaining").asInt()).isZero();
            Subscriber refused = org.subscribe().latest(TOPIC, 1);
            assertThat(refused.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.subscription.limit.exceeded");
        }
    }

    @Test
    void editionSetsTheDefaultDeliveryAllocation() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            assertThat(org.rest("GET", "/limits", null).get("DailyDeliveredPlatformEvents").get("Max").asInt())
                    .isEqualTo(25_000);
            org.emulator.changeDataCapture().updateSettings(org.org,
                    s -> s.withEdition(com.tasksync.emulator.cdc.Edition.DEVELOPER));
            assertThat(org.rest("GET", "/limits", null).get("DailyDeliveredPlatformEvents").get("Max").asInt())
                    .isEqualTo(10_000);
        }
    }
}
