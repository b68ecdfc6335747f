package com.tasksync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SalesforceTaskWriterTest {

    private static final StatusValues STATUSES = new StatusValues("Open", "Done");

    @Test
    void writesACreateWithEveryFieldAndTheSubtype() {
        var record = SalesforceTaskWriter.forCreate(Fields.task()
                .subject("Call Jane").description("notes").dueDate(LocalDate.of(2026, 11, 23))
                .priority(TaskPriority.LOW).type(TaskType.CALL)
                .reminderAt(Instant.parse("2026-11-23T08:30:00.750Z"))
                .who("00Q5g00000QwErTAAZ").what("0015g00000AsDfGAAY").build(), STATUSES);

        assertThat(record.type()).isEqualTo("Task");
        assertThat(record.id()).isNull();
        assertThat(record.string("Subject")).isEqualTo("Call Jane");
        assertThat(record.string("Description")).isEqualTo("notes");
        assertThat(record.string("ActivityDate")).isEqualTo("2026-11-23");
        assertThat(record.string("Status")).isEqualTo("Open");
        assertThat(record.string("Priority")).isEqualTo("Low");
        assertThat(record.string("Type")).isEqualTo("Call");
        assertThat(record.string("TaskSubtype")).isEqualTo("Call");
        assertThat(record.dateTime("ReminderDateTime")).isEqualTo(Instant.parse("2026-11-23T08:30:00Z"));
        assertThat(record.bool("IsReminderSet")).isTrue();
        assertThat(record.string("WhoId")).isEqualTo("00Q5g00000QwErTAAZ");
        assertThat(record.string("WhatId")).isEqualTo("0015g00000AsDfGAAY");
    }

    @Test
    void writesTheConfiguredClosedStatusForACompletedTask() {
        var record = SalesforceTaskWriter.forCreate(Fields.task().status(TaskStatus.COMPLETED).build(), STATUSES);

        assertThat(record.string("Status")).isEqualTo("Done");
    }

    @Test
    void sendsNoWhoOrWhatThatIsNotASalesforceIdOfTheRightKind() {
        var record = SalesforceTaskWriter.forCreate(Fields.task().who("Jane Doe").what("0035g00000QwErTAAZ").build(),
                STATUSES);

        assertThat(record.string("WhoId")).isNull();
        assertThat(record.string("WhatId")).isNull();
    }

    @Test
    void writesOnlyTheChangedFieldsOfAnUpdate() {
        var record = SalesforceTaskWriter.forUpdate("00T5g00000AbCdEEAV",
                Fields.task().subject("New").reminderAt(null).build(), EnumSet.of(TaskField.SUBJECT,
                        TaskField.REMINDER_AT), STATUSES);

        assertThat(record.id()).isEqualTo("00T5g00000AbCdEEAV");
        assertThat(record.fieldNames()).containsExactlyInAnyOrder("Id", "Subject", "ReminderDateTime",
                "IsReminderSet");
        assertThat(record.bool("IsReminderSet")).isFalse();
    }

    @Test
    void neverSendsTheSubtypeInAnUpdate() {
        var record = SalesforceTaskWriter.forUpdate("00T5g00000AbCdEEAV", Fields.task().type(TaskType.EMAIL).build(),
                Set.of(TaskField.TYPE), STATUSES);

        assertThat(record.has("TaskSubtype")).isFalse();
        assertThat(record.string("Type")).isEqualTo("Email");
    }

    @ParameterizedTest
    @EnumSource(TaskType.class)
    void everyTypeReadsBackAsWrittenOnCreate(TaskType type) {
        var record = SalesforceTaskWriter.forCreate(Fields.task().type(type).build(), STATUSES);

        assertThat(SalesforceTaskReader.type(record.string("Type"), record.string("TaskSubtype"))).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(TaskPriority.class)
    void everyPriorityReadsBackAsWritten(TaskPriority priority) {
        var record = SalesforceTaskWriter.forCreate(Fields.task().priority(priority).build(), STATUSES);

        assertThat(SalesforceTaskReader.priority(record.string("Priority"))).isEqualTo(priority);
    }
}
