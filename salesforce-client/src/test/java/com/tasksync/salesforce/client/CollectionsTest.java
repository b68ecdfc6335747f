package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.record.SaveResult;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import com.tasksync.salesforce.client.support.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CollectionsTest {

    private final EmulatorOrg org = EmulatorOrg.start();
    private final SalesforceClient client = org.client();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void createsInChunksOfTwoHundredAndAnswersInInputOrder() {
        List<SObject> tasks = Tasks.tasks("bulk", 450);
        client.limits();
        long usedBefore = client.apiUsage().orElseThrow().used();

        List<SaveResult> results = client.createAll(tasks, false);

        assertThat(client.apiUsage().orElseThrow().used() - usedBefore).isEqualTo(3);
        assertThat(results).hasSize(450).allMatch(SaveResult::success);
        assertThat(client.retrieveAll("Task", List.of(results.get(0).id(), results.get(449).id()), List.of("Subject")))
                .extracting(task -> task.string("Subject")).containsExactly("bulk-0000", "bulk-0449");
    }

    @Test
    void reportsEachFailedRecordAtItsPositionWithoutAllOrNone() {
        List<SObject> tasks = new ArrayList<>(Tasks.tasks("mixed", 205));
        tasks.set(3, Tasks.task(Tasks.tooLongSubject()));
        tasks.set(201, Tasks.task(Tasks.tooLongSubject()));

        List<SaveResult> results = client.createAll(tasks, false);

        assertThat(results).hasSize(205);
        assertThat(results.get(3).success()).isFalse();
        assertThat(results.get(3).id()).isNull();
        assertThat(results.get(3).errors()).singleElement().satisfies(error -> {
            assertThat(error.statusCode()).isEqualTo("STRING_TOO_LONG");
            assertThat(error.fields()).containsExactly("Subject");
            assertThat(error.retryability()).isEqualTo(Retryability.PERMANENT);
        });
        assertThat(results.get(201).success()).isFalse();
        assertThat(results.stream().filter(SaveResult::success)).hasSize(203);
        assertThat(client.count("SELECT COUNT() FROM Task")).isEqualTo(203);
    }

    @Test
    void rollsBackTheWholeChunkWithAllOrNone() {
        List<SObject> tasks = new ArrayList<>(Tasks.tasks("atomic", 3));
        tasks.set(1, Tasks.task(Tasks.tooLongSubject()));

        List<SaveResult> results = client.createAll(tasks, true);

        assertThat(results).noneMatch(SaveResult::success);
        assertThat(results.get(0).errors().get(0).statusCode()).isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(results.get(0).errors().get(0).retryability()).isEqualTo(Retryability.TRANSIENT);
        assertThat(results.get(1).errors().get(0).statusCode()).isEqualTo("STRING_TOO_LONG");
        assertThat(client.count("SELECT COUNT() FROM Task")).isZero();
    }

    @Test
    void updatesUpsertsRetrievesAndDeletesInChunks() {
        List<String> ids = client.createAll(Tasks.tasks("life", 250), true).stream().map(SaveResult::id).toList();
        List<SObject> changes = ids.stream().map(id -> SObject.of("Task", id).with("Priority", "High")).toList();

        assertThat(client.updateAll(changes, true)).hasSize(250).allMatch(SaveResult::success);
        assertThat(client.count("SELECT COUNT() FROM Task WHERE Priority = 'High'")).isEqualTo(250);
        assertThat(client.retrieveAll("Task", ids, List.of("Priority"))).hasSize(250)
                .allMatch(task -> "High".equals(task.string("Priority")));
        List<SaveResult> deleted = client.deleteAll(ids, false);
        assertThat(deleted).hasSize(250).allMatch(SaveResult::success);
        assertThat(deleted.get(0).id()).isEqualTo(ids.get(0));
        assertThat(client.count("SELECT COUNT() FROM Task")).isZero();
    }

    @Test
    void upsertsByExternalIdTellingCreatedFromUpdated() {
        client.upsert(Tasks.task("existing"), "TaskSync_Id__c", "ext-1");
        List<SObject> records = List.of(
                Tasks.task("existing, changed").with("TaskSync_Id__c", "ext-1"),
                Tasks.task("new").with("TaskSync_Id__c", "ext-2"));

        List<SaveResult> results = client.upsertAll("Task", "TaskSync_Id__c", records, true);

        assertThat(results).extracting(SaveResult::created).containsExactly(Optional.of(false), Optional.of(true));
        assertThat(client.count("SELECT COUNT() FROM Task")).isEqualTo(2);
    }

    @Test
    void deletingAnAlreadyDeletedRecordFailsOnlyThatRecord() {
        List<String> ids = client.createAll(Tasks.tasks("del", 2), true).stream().map(SaveResult::id).toList();
        client.delete("Task", ids.get(0));

        List<SaveResult> results = client.deleteAll(ids, false);

        assertThat(results.get(0).success()).isFalse();
        assertThat(results.get(0).errors().get(0).statusCode()).isEqualTo("ENTITY_IS_DELETED");
        assertThat(results.get(1).success()).isTrue();
    }

    @Test
    void retrievesOnlyTheRecordsThatExist() {
        List<String> ids = client.createAll(Tasks.tasks("some", 2), true).stream().map(SaveResult::id).toList();
        client.delete("Task", ids.get(1));

        assertThat(client.retrieveAll("Task", ids, List.of("Subject"))).extracting(SObject::id)
                .containsExactly(ids.get(0));
    }
}
