package com.tasksync.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored versions of a link: what is written is read back as it was, whatever the text or the date. */
class SyncedFieldsJsonTest {

    private static final List<TaskFields> VERSIONS = List.of(
            new TaskFields("Call back", null, null, TaskStatus.OPEN, TaskPriority.NORMAL, TaskType.CALL, null,
                    null, null),
            new TaskFields("Devis « urgent » \"quoted\" \\ {braces} [1]", "line one\nline two\ttab \u0001",
                    LocalDate.of(2028, 2, 29), TaskStatus.COMPLETED, TaskPriority.HIGH, TaskType.EMAIL,
                    Instant.parse("2026-12-05T09:30:00.123Z"), "003000000000001AAA", "006000000000001AAA"),
            new TaskFields("Ligar para o cliente — São Paulo 😀", "", LocalDate.of(1, 1, 1), TaskStatus.OPEN,
                    TaskPriority.LOW, TaskType.OTHER, null, null, null),
            new TaskFields("Far future", null, LocalDate.of(12026, 12, 31), TaskStatus.OPEN, TaskPriority.NORMAL,
                    TaskType.TODO, null, null, null),
            new TaskFields("Before the era", null, LocalDate.of(-44, 3, 15), TaskStatus.OPEN, TaskPriority.NORMAL,
                    TaskType.LINKEDIN, null, null, null));

    @Test
    void eachVersionIsReadBackAsWritten() {
        for (var version : VERSIONS) {
            assertThat(SyncedFieldsJson.read(SyncedFieldsJson.write(version))).isEqualTo(version);
        }
        assertThat(SyncedFieldsJson.read(null)).isNull();
        assertThat(SyncedFieldsJson.write(null)).isNull();
    }

    @Test
    void anArrayOfVersionsIsReadInItsOrder() {
        var array = "[" + String.join(",", VERSIONS.stream().map(SyncedFieldsJson::write).toList()) + "]";

        assertThat(SyncedFieldsJson.readAll(array)).containsExactlyElementsOf(VERSIONS);
        assertThat(SyncedFieldsJson.readAll("[]")).isEmpty();
        assertThat(SyncedFieldsJson.readAll(null)).isEmpty();
    }

    @Test
    void fieldsItDoesNotKnowAreSkippedAndMissingOnesAreNull() {
        var json = "{\"status\":\"open\",\"extra\":{\"nested\":[1,{\"a\":2}]},\"subject\":\"s\",\"priority\":\"low\","
                + "\"later\":[\"x\"],\"who\":null,\"type\":\"todo\"}";

        assertThat(SyncedFieldsJson.read(json)).isEqualTo(new TaskFields("s", null, null, TaskStatus.OPEN,
                TaskPriority.LOW, TaskType.TODO, null, null, null));
    }

    @Test
    void aDateThatIsNoDayIsRefusedAsTheDateParserRefusesIt() {
        var base = "{\"subject\":\"s\",\"status\":\"open\",\"priority\":\"low\",\"type\":\"todo\",\"dueDate\":";

        assertThatThrownBy(() -> SyncedFieldsJson.read(base + "\"2026-02-30\"}"))
                .isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> SyncedFieldsJson.read(base + "\"2026-+2-03\"}"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}
