package com.tasksync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The field mapping stated as tables written here, from SYSTEM.md's mapping and Salesforce's picklist
 * values, so that a mistake made the same way in the writer and the reader cannot pass as a round trip.
 */
class MappingTableTest {

    private static final StatusValues STATUSES = new StatusValues("Not Started", "Completed");

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        // TaskSync type, Salesforce Type, TaskSubtype on create
        "TODO,     -,     Task",
        "CALL,     Call,  Call",
        "EMAIL,    Email, Email",
        "LINKEDIN, -,     LinkedIn",
        "OTHER,    Other, Task",
    })
    void writesEachTypeAsSalesforcesTypeAndSubtype(TaskType type, String salesforceType, String subtype) {
        var record = SalesforceTaskWriter.forCreate(Fields.task().type(type).build(), STATUSES);

        assertThat(record.string("Type")).isEqualTo(salesforceType);
        assertThat(record.string("TaskSubtype")).isEqualTo(subtype);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        // Salesforce Type, TaskSubtype, TaskSync type read
        "-,       Task,      TODO",
        "-,       -,         TODO",
        "Call,    Task,      CALL",
        "-,       Call,      CALL",
        "Email,   -,         EMAIL",
        "-,       ListEmail, EMAIL",
        "-,       LinkedIn,  LINKEDIN",
        "Meeting, Task,      OTHER",
        "Other,   Call,      OTHER",
        "-,       Cadence,   TODO",
    })
    void readsSalesforcesTypeBeforeItsSubtype(String salesforceType, String subtype, TaskType expected) {
        var record = SObject.of("Task", "00T5g000001AbCdEAF").with("Subject", "x").with("Type", salesforceType)
                .with("TaskSubtype", subtype);

        assertThat(SalesforceTaskReader.fields(record).type()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "LOW, Low", "NORMAL, Normal", "HIGH, High",
    })
    void writesPriorityAsSalesforcesDefaultValues(TaskPriority priority, String salesforce) {
        assertThat(SalesforceTaskWriter.forCreate(Fields.task().priority(priority).build(), STATUSES).string("Priority"))
                .isEqualTo(salesforce);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "Low, LOW", "low, LOW", "Normal, NORMAL", "High, HIGH", "HIGH, HIGH", "Urgent, NORMAL", "-, NORMAL",
    })
    void readsPriorityWithUnknownValuesAsNormal(String salesforce, TaskPriority expected) {
        var record = SObject.of("Task", "00T5g000001AbCdEAF").with("Subject", "x").with("Priority", salesforce);

        assertThat(SalesforceTaskReader.fields(record).priority()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        // Status label, IsClosed, TaskSync status: only IsClosed decides
        "Completed,               true,  COMPLETED",
        "Done for good,           true,  COMPLETED",
        "Not Started,             false, OPEN",
        "Waiting on someone else, false, OPEN",
        "Completed,               false, OPEN",
    })
    void readsStatusFromIsClosedAlone(String status, boolean closed, TaskStatus expected) {
        var record = SObject.of("Task", "00T5g000001AbCdEAF").with("Subject", "x").with("Status", status)
                .with("IsClosed", closed);

        assertThat(SalesforceTaskReader.fields(record).status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"OPEN, Not Started", "COMPLETED, Completed"})
    void writesStatusAsTheOrgsValues(TaskStatus status, String salesforce) {
        assertThat(SalesforceTaskWriter.forCreate(Fields.task().status(status).build(), STATUSES).string("Status"))
                .isEqualTo(salesforce);
    }
}
