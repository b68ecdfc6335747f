package com.tasksync.emulator.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.pubsub.api.ConsumerEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ChangeEventsTest {

    private static final String TOPIC = "/data/TaskChangeEvent";

    @Test
    void publishesAnUndeleteWithAllValuesWhenATaskIsRestoredFromTheRecycleBin() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            String id = org.createTask("Call Ann");
            org.rest("DELETE", "/sobjects/Task/" + id, null);
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);

            HttpResponse<String> restored = restore(org, id);
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);

            GenericRecord undeleted = org.decode(subscriber.events(1).get(0));
            GenericRecord header = (GenericRecord) undeleted.get("ChangeEventHeader");
            assertThat(header.get("changeType").toString()).isEqualTo("UNDELETE");
            assertThat(strings(header.get("recordIds"))).containsExactly(id);
            assertThat(undeleted.get("Subject").toString()).isEqualTo("Call Ann");
            assertThat(org.rest("GET", "/sobjects/Task/" + id, null).get("IsDeleted").asBoolean()).isFalse();

            HttpResponse<String> again = restore(org, id);
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("UNDELETE_FAILED");
            assertThat(restore(org, "00T000000000000AAA").statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<String> restore(PubSubOrg org, String id) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(org.emulator.baseUrl()
                        + "/__admin/orgs/" + org.org.id() + "/recycle-bin/" + id + "/restore"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publishesCreateUpdateAndDeleteOfATaskWithTheirHeaderAndValues() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            String id = org.createTask("Call Ann", "Sforce-Call-Options", "client=tasksync");
            org.rest("PATCH", "/sobjects/Task/" + id, Json.object().put("Subject", "Call Ann back")
                    .putNull("Description").put("ActivityDate", "2026-12-24"));
            org.rest("DELETE", "/sobjects/Task/" + id, null);

            List<ConsumerEvent> events = subscriber.events(3);
            GenericRecord created = org.decode(events.get(0));
            GenericRecord header = (GenericRecord) created.get("ChangeEventHeader");
            assertThat(header.get("entityName").toString()).isEqualTo("Task");
            assertThat(header.get("changeType").toString()).isEqualTo("CREATE");
            assertThat(strings(header.get("recordIds"))).containsExactly(id);
            assertThat(header.get("changeOrigin").toString()).isEqualTo("com/salesforce/api/rest/66.0;client=tasksync");
            assertThat(header.get("commitUser").toString()).isEqualTo(org.user.id());
            assertThat((Integer) header.get("sequenceNumber")).isEqualTo(1);
            assertThat(header.get("transactionKey").toString()).isNotBlank();
            assertThat(created.get("Subject").toString()).isEqualTo("Call Ann");
            assertThat(created.get("Status").toString()).isEqualTo("Not Started");
            assertThat(created.get("OwnerId").toString()).isEqualTo(org.user.id());
            assertThat(strings(header.get("changedFields"))).isEmpty();

            GenericRecord updated = org.decode(events.get(1));
            GenericRecord updateHeader = (GenericRecord) updated.get("ChangeEventHeader");
            assertThat(updateHeader.get("changeType").toString()).isEqualTo("UPDATE");
            assertThat(updateHeader.get("changeOrigin").toString()).isEqualTo("com/salesforce/api/rest/66.0");
            assertThat(fieldNames(updated.getSchema(), strings(updateHeader.get("changedFields"))))
                    .containsExactlyInAnyOrder("Subject", "Description", "ActivityDate", "LastModifiedDate");
            assertThat(fieldNames(updated.getSchema(), strings(updateHeader.get("nulledFields"))))
                    .containsExactly("Description");
            assertThat(updated.get("Subject").toString()).isEqualTo("Call Ann back");
            assertThat(updated.get("ActivityDate"))
                    .isEqualTo(LocalDate.of(2026, 12, 24).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            assertThat(updated.get("Status")).as("unchanged fields are null").isNull();
            assertThat((Long) updateHeader.get("commitTimestamp")).isGreaterThan(0L);

            GenericRecord deleted = org.decode(events.get(2));
            GenericRecord deleteHeader = (GenericRecord) deleted.get("ChangeEventHeader");
            assertThat(deleteHeader.get("changeType").toString()).isEqualTo("DELETE");
            assertThat(strings(deleteHeader.get("recordIds"))).containsExactly(id);
            assertThat(deleted.get("Subject")).isNull();
            assertThat(replayId(events.get(0))).isLessThan(replayId(events.get(1)));
            assertThat(replayId(events.get(1))).isLessThan(replayId(events.get(2)));
        }
    }

    @Test
    void mergesTheSameUpdateOfSeveralTasksInOneTransactionIntoOneEvent() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            String a = org.createTask("a");
            String b = org.createTask("b");
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            ObjectNode body = Json.object().put("allOrNone", true);
            ArrayNode records = body.putArray("records");
            for (String id : List.of(a, b)) {
                records.addObject().put("id", id).put("Priority", "High").putObject("attributes").put("type", "Task");
            }
            org.rest("PATCH", "/composite/sobjects", body);

            GenericRecord merged = org.decode(subscriber.events(1).get(0));
            GenericRecord header = (GenericRecord) merged.get("ChangeEventHeader");
            assertThat(strings(header.get("recordIds"))).containsExactly(a, b);
            assertThat(merged.get("Priority").toString()).isEqualTo("High");
            assertThat(fieldNames(merged.getSchema(), strings(header.get("changedFields"))))
                    .contains("Priority", "IsHighPriority", "LastModifiedDate");
        }
    }

    @Test
    void reportsATaskWrittenTwiceInOneTransactionOnceWithItsFinalValues() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            ObjectNode composite = Json.object().put("allOrNone", true);
            ArrayNode requests = composite.putArray("compositeRequest");
            requests.addObject().put("method", "POST").put("url", "/services/data/v66.0/sobjects/Task")
                    .put("referenceId", "t").set("body", Json.object().put("Subject", "draft"));
            requests.addObject().put("method", "PATCH").put("url", "/services/data/v66.0/sobjects/Task/@{t.id}")
                    .put("referenceId", "u").set("body", Json.object().put("Subject", "final"));
            org.rest("POST", "/composite", composite);
            org.createTask("next transaction");

            List<ConsumerEvent> events = subscriber.events(2);
            GenericRecord first = org.decode(events.get(0));
            assertThat(((GenericRecord) first.get("ChangeEventHeader")).get("changeType").toString()).isEqualTo("CREATE");
            assertThat(first.get("Subject").toString()).isEqualTo("final");
            assertThat(org.decode(events.get(1)).get("Subject").toString()).isEqualTo("next transaction");
        }
    }

    @Test
    void publishesOneEventPerRecordForUpsertsAndCollectionCreates() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            org.rest("PATCH", "/sobjects/Task/TaskSync_Id__c/ext-1", Json.object().put("Subject", "upserted"));
            org.rest("PATCH", "/sobjects/Task/TaskSync_Id__c/ext-1", Json.object().put("Subject", "upserted again"));
            ObjectNode body = Json.object().put("allOrNone", false);
            ArrayNode records = body.putArray("records");
            for (String subject : List.of("one", "two")) {
                records.addObject().put("Subject", subject).putObject("attributes").put("type", "Task");
            }
            org.rest("POST", "/composite/sobjects", body);

            List<ConsumerEvent> events = subscriber.events(4);
            List<String> seen = new ArrayList<>();
            for (ConsumerEvent event : events) {
                GenericRecord record = org.decode(event);
                seen.add(((GenericRecord) record.get("ChangeEventHeader")).get("changeType") + " " + record.get("Subject"));
            }
            assertThat(seen).containsExactly("CREATE upserted", "UPDATE upserted again", "CREATE one", "CREATE two");
        }
    }

    @Test
    void publishesNothingForTasksUntilTaskIsSelected() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            org.emulator.changeDataCapture().updateSettings(org.org, s -> s.withSelectedEntities(Set.of()));
            Subscriber subscriber = org.subscribeLatest(TOPIC, 10);
            org.createTask("unseen");
            org.emulator.changeDataCapture().updateSettings(org.org, s -> s.withSelectedEntities(Set.of("Task")));
            org.createTask("seen");

            List<ConsumerEvent> events = subscriber.events(1);
            assertThat(org.decode(events.get(0)).get("Subject").toString()).isEqualTo("seen");
            assertThat(org.emulator.changeDataCapture().feed(org.org).bus().size()).isEqualTo(1);
        }
    }

    @Test
    void schemaIsTaskChangeEventWithTheHeaderFirstAndNullableFieldsAnnotatedWithTheirType() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribeLatest(TOPIC, 1);
            org.createTask("x");
            Schema schema = org.decode(subscriber.events(1).get(0)).getSchema();
            assertThat(schema.getFullName()).isEqualTo("com.sforce.eventbus.TaskChangeEvent");
            assertThat(schema.getFields().get(0).name()).isEqualTo("ChangeEventHeader");
            assertThat(schema.getField("Id")).isNull();
            assertThat(schema.getField("SystemModstamp")).isNull();
            assertThat(schema.getField("ActivityDate").doc()).isEqualTo("Data:DateOnly");
            assertThat(schema.getField("CreatedDate").doc()).isEqualTo("CreatedDate:DateTime");
            assertThat(schema.getField("WhoId").doc()).isEqualTo("ForeignKey:EntityId");
            assertThat(schema.getField("Subject").schema().getTypes()).extracting(Schema::getType)
                    .containsExactly(Schema.Type.NULL, Schema.Type.STRING);
        }
    }

    static long replayId(ConsumerEvent event) {
        return event.getReplayId().asReadOnlyByteBuffer().getLong();
    }

    static List<String> strings(Object avroArray) {
        List<String> out = new ArrayList<>();
        ((List<?>) avroArray).forEach(item -> out.add(item.toString()));
        return out;
    }

    /** Reads a bitmap field list as a subscriber does: bit n of the hex number is the nth schema field. */
    static List<String> fieldNames(Schema schema, List<String> bitmaps) {
        List<String> names = new ArrayList<>();
        if (bitmaps.isEmpty()) {
            return names;
        }
        String hex = bitmaps.get(0);
        assertThat(hex).matches("0x([0-9A-F]{2})+");
        BitSet bits = BitSet.valueOf(new java.math.BigInteger(hex.substring(2), 16).toByteArray().clone());
        byte[] bigEndian = new java.math.BigInteger(hex.substring(2), 16).toByteArray();
        byte[] little = new byte[bigEndian.length];
        for (int i = 0; i < bigEndian.length; i++) {
            little[i] = bigEndian[bigEndian.length - 1 - i];
        }
        bits = BitSet.valueOf(little);
        bits.stream().forEach(i -> names.add(schema.getFields().get(i).name()));
        return names;
    }
}
