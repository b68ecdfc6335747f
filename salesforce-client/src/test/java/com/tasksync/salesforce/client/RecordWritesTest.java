package com.tasksync.salesforce.client;

import com.tasksync.emulator.data.OrgData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.data.FieldBuilder;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.record.SaveResult;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import com.tasksync.salesforce.client.support.Tasks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordWritesTest {

    private static final String EXTERNAL_ID = "TaskSync_Id__c";

    private final EmulatorOrg org = EmulatorOrg.start();
    private final SalesforceClient client = org.client();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void createsAndReadsBackATaskWithItsDatesAndDatetimes() {
        Instant reminder = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        SaveResult created = client.create(Tasks.task("Call Ada")
                .with("ReminderDateTime", reminder).with("IsReminderSet", true));

        SObject task = client.retrieve("Task", created.id());

        assertThat(created.success()).isTrue();
        assertThat(created.id()).startsWith("00T").hasSize(18);
        assertThat(task.type()).isEqualTo("Task");
        assertThat(task.string("Subject")).isEqualTo("Call Ada");
        assertThat(task.date("ActivityDate")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(task.dateTime("ReminderDateTime")).isEqualTo(reminder);
        assertThat(task.dateTime("SystemModstamp")).isNotNull();
        assertThat(task.string("OwnerId")).isEqualTo(org.user().id());
    }

    @Test
    void readsOnlyTheNamedFields() {
        String id = client.create(Tasks.task("Fields")).id();

        SObject task = client.retrieve("Task", id, "Subject", "Status");

        assertThat(task.fieldNames()).containsExactlyInAnyOrder("Id", "Subject", "Status");
    }

    @Test
    void updatesOnlyTheFieldsSent() {
        String id = client.create(Tasks.task("Before")).id();

        client.update(SObject.of("Task", id).with("Subject", "After").with("Description", null));

        SObject task = client.retrieve("Task", id, "Subject", "Priority", "Description");
        assertThat(task.string("Subject")).isEqualTo("After");
        assertThat(task.string("Priority")).isEqualTo("Normal");
        assertThat(task.string("Description")).isNull();
    }

    @Test
    void answersEntityIsDeletedForARecordInTheRecycleBin() {
        String id = client.create(Tasks.task("Gone")).id();
        client.delete("Task", id);

        assertThatThrownBy(() -> client.update(SObject.of("Task", id).with("Subject", "x")))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(404);
                    assertThat(failure.errorCode()).isEqualTo("ENTITY_IS_DELETED");
                    assertThat(failure.retryable()).isFalse();
                });
    }

    @Test
    void reportsValidationErrorsWithTheirFields() {
        assertThatThrownBy(() -> client.create(Tasks.task(Tasks.tooLongSubject())))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(400);
                    assertThat(failure.errorCode()).isEqualTo("STRING_TOO_LONG");
                    assertThat(failure.fields()).containsExactly("Subject");
                    assertThat(failure.retryable()).isFalse();
                });
        assertThatThrownBy(() -> client.create(Tasks.task("x").with("NoSuchField__c", "y")))
                .isInstanceOfSatisfying(SalesforceApiException.class,
                        failure -> assertThat(failure.errorCode()).isEqualTo("INVALID_FIELD"));
    }

    @Test
    void reportsAMalformedIdAsPermanent() {
        assertThatThrownBy(() -> client.retrieve("Task", "00T000000000000ZZZ"))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isIn(400, 404);
                    assertThat(failure.errorCode()).isIn("MALFORMED_ID", "NOT_FOUND");
                    assertThat(failure.retryable()).isFalse();
                });
    }

    @Test
    void upsertCreatesThenUpdatesByExternalId() {
        SaveResult first = client.upsert(Tasks.task("Upserted"), EXTERNAL_ID, "ts-1");
        SaveResult second = client.upsert(SObject.of("Task").with("Subject", "Upserted again"), EXTERNAL_ID, "ts-1");

        assertThat(first.created()).contains(true);
        assertThat(second.created()).contains(false);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(client.retrieve("Task", first.id(), "Subject", EXTERNAL_ID).string("Subject"))
                .isEqualTo("Upserted again");
    }

    @Test
    void upsertOnAnOldApiVersionAnswersNoContentForAnUpdate() {
        SalesforceClient old = org.client(org.connect(tokens -> { }), org.settings().withApiVersion("45.0"));
        old.upsert(Tasks.task("Old"), EXTERNAL_ID, "ts-old");

        SaveResult updated = old.upsert(SObject.of("Task").with("Subject", "Old, updated"), EXTERNAL_ID, "ts-old");

        assertThat(updated.success()).isTrue();
        assertThat(updated.created()).contains(false);
        assertThat(updated.id()).isNull();
    }

    @Test
    void upsertWithAnExternalIdOfSpecialCharactersKeepsItIntact() {
        String value = "ts 1 & 2?x=y#z";
        SaveResult created = client.upsert(Tasks.task("Odd id"), EXTERNAL_ID, value);

        assertThat(client.retrieve("Task", created.id(), EXTERNAL_ID).string(EXTERNAL_ID)).isEqualTo(value);
    }

    @Test
    void upsertMatchingSeveralRecordsFailsWithTheirUrls() {
        OrgData.of(org.org()).addCustomField("Task", FieldBuilder.text("Legacy_Key__c", 40).externalId(false).build());
        String first = client.create(Tasks.task("one").with("Legacy_Key__c", "dup")).id();
        String second = client.create(Tasks.task("two").with("Legacy_Key__c", "dup")).id();

        assertThatThrownBy(() -> client.upsert(Tasks.task("three"), "Legacy_Key__c", "dup"))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(300);
                    assertThat(failure.errorCode()).isEqualTo("MULTIPLE_CHOICES");
                    assertThat(failure.salesforceMessage()).contains(first, second);
                    assertThat(failure.retryable()).isFalse();
                });
    }

    @Test
    void tagsEveryWriteWithTheClientName() {
        List<String> writers = new CopyOnWriteArrayList<>();
        OrgData.of(org.org()).onCommit(changes -> changes.forEach(change -> writers.add(change.client())));

        String id = client.create(Tasks.task("tagged")).id();
        client.update(SObject.of("Task", id).with("Subject", "tagged again"));
        client.upsert(Tasks.task("upserted"), EXTERNAL_ID, "tag-1");
        client.createAll(Tasks.tasks("tagged-many", 2), true);
        client.delete("Task", id);

        assertThat(writers).hasSize(6).containsOnly(EmulatorOrg.CLIENT_NAME);
    }
}
