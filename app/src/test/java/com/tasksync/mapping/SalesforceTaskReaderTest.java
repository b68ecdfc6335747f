package com.tasksync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesforceTaskReaderTest {

    @Test
    void readsEveryMappedFieldOfAnOpenCall() {
        var task = SalesforceTaskReader.read(Records.load("task-call-open"));

        assertThat(task.id()).isEqualTo("00T5g00000AbCdEEAV");
        assertThat(task.ownerId()).isEqualTo("0055g00000XyZaBAAV");
        assertThat(task.fields()).isEqualTo(Fields.task()
                .subject("Call Jane about the renewal")
                .description("She asked for the new price list.")
                .dueDate(LocalDate.of(2026, 11, 23))
                .status(TaskStatus.OPEN)
                .priority(TaskPriority.HIGH)
                .type(TaskType.CALL)
                .reminderAt(Instant.parse("2026-11-23T08:30:00Z"))
                .who("0035g00000QwErTAAZ")
                .what("0065g00000AsDfGAAY")
                .build());
        assertThat(task.createdDate()).isEqualTo(Instant.parse("2026-11-21T09:15:02Z"));
        assertThat(task.lastModifiedDate()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(task.systemModstamp()).isEqualTo(Instant.parse("2026-11-21T10:00:01Z"));
        assertThat(task.deleted()).isFalse();
    }

    @Test
    void takesCompletionFromIsClosedWhateverTheStatusLabel() {
        var task = SalesforceTaskReader.read(Records.load("task-closed-deleted"));

        assertThat(task.fields().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task.deleted()).isTrue();
    }

    @Test
    void dropsAReminderThatIsNotSet() {
        assertThat(SalesforceTaskReader.read(Records.load("task-closed-deleted")).fields().reminderAt()).isNull();
    }

    @Test
    void givesABlankSubjectAPlaceholderAndAnUnknownPriorityNormal() {
        var fields = SalesforceTaskReader.read(Records.load("task-closed-deleted")).fields();

        assertThat(fields.subject()).isEqualTo(SalesforceTaskReader.NO_SUBJECT);
        assertThat(fields.priority()).isEqualTo(TaskPriority.NORMAL);
    }

    @Test
    void keepsTheDueDateAsTheSameCalendarDay() {
        var record = Records.load("task-call-open").with("ActivityDate", LocalDate.of(2026, 12, 31));

        assertThat(SalesforceTaskReader.read(record).fields().dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void cutsAnOverlongDescriptionAtThirtyTwoThousandCharacters() {
        var record = Records.load("task-call-open").with("Description", "é".repeat(32_001));

        assertThat(SalesforceTaskReader.read(record).fields().description()).hasSize(32_000);
    }

    @Test
    void ignoresAWhoIdThatIsNotAContactOrLead() {
        var record = Records.load("task-call-open").with("WhoId", "0015g00000QwErTAAZ");

        assertThat(SalesforceTaskReader.read(record).fields().who()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "Call,    Task,      call",
        "Email,   Task,      email",
        "Other,   Call,      other",
        "Meeting, -,         other",
        "-,       Call,      call",
        "-,       Email,     email",
        "-,       ListEmail, email",
        "-,       LinkedIn,  linkedin",
        "-,       Task,      todo",
        "-,       -,         todo",
        "Unknown, Cadence,   todo"})
    void readsTheTypeFromTypeThenTaskSubtype(String type, String subtype, String expected) {
        assertThat(SalesforceTaskReader.type(type, subtype).value()).isEqualTo(expected);
    }
}
