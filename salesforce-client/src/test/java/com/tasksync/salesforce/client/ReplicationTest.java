package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import com.tasksync.salesforce.client.support.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplicationTest {

    private final EmulatorOrg org = EmulatorOrg.start();
    private final SalesforceClient client = org.client();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void getUpdatedListsTheRecordsChangedInTheWindow() {
        Instant start = now().truncatedTo(ChronoUnit.MINUTES);
        String created = client.create(Tasks.task("new")).id();
        String edited = client.create(Tasks.task("old")).id();
        org.emulator().clock().advance(Duration.ofMinutes(2));
        client.update(SObject.of("Task", edited).with("Subject", "edited"));
        org.emulator().clock().advance(Duration.ofMinutes(2));

        UpdatedRecords updated = client.getUpdated("Task", start, now());

        assertThat(updated.ids()).contains(created, edited);
        assertThat(updated.latestDateCovered()).isAfter(start).isBeforeOrEqualTo(now());
    }

    @Test
    void getDeletedListsDeletesWithTheirDates() {
        Instant start = now().truncatedTo(ChronoUnit.MINUTES);
        String id = client.create(Tasks.task("doomed")).id();
        client.delete("Task", id);
        org.emulator().clock().advance(Duration.ofMinutes(3));

        DeletedRecords deleted = client.getDeleted("Task", start, now());

        assertThat(deleted.deletedRecords()).extracting(DeletedRecord::id).containsExactly(id);
        assertThat(deleted.deletedRecords().get(0).deletedDate()).isBetween(start, now());
        assertThat(deleted.latestDateCovered()).isAfter(start);
        assertThat(deleted.mayMissDeletesSince(start)).isFalse();
    }

    @Test
    void refusesAGetDeletedWindowOfLessThanAMinute() {
        Instant start = now();

        assertThatThrownBy(() -> client.getDeleted("Task", start, start.plusSeconds(30)))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.errorCode()).isEqualTo("INVALID_REPLICATION_DATE");
                    assertThat(failure.retryable()).isFalse();
                });
    }

    @Test
    void refusesAGetDeletedWindowReachingBeyondFifteenDays() {
        org.emulator().clock().advance(Duration.ofDays(20));

        assertThatThrownBy(() -> client.getDeleted("Task", now().minus(Duration.ofDays(19)), now()))
                .isInstanceOfSatisfying(SalesforceApiException.class,
                        failure -> assertThat(failure.errorCode()).isEqualTo("INVALID_REPLICATION_DATE"));
    }

    private Instant now() {
        return org.emulator().clock().now();
    }
}
