package com.tasksync.emulator.soql;

import static com.tasksync.emulator.soql.TaskRecord.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoqlOrderingTest {

    private static final SoqlContext NOW = new SoqlContext(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    private final List<Map<String, Object>> tasks = List.of(
            task("b").with("Status", "Open").with("Score__c", 2.0).with("ActivityDate", LocalDate.parse("2026-11-02")).with("IsClosed", true).build(),
            task("A").with("Status", "Open").with("Score__c", 10.0).with("IsClosed", false).build(),
            task(null).with("Status", "Done").with("Score__c", 1.0).with("ActivityDate", LocalDate.parse("2026-11-01")).build(),
            task("c").with("Status", "Done").with("CallDurationInSeconds", 5).with("ActivityDate", LocalDate.parse("2026-11-03")).build());

    private List<String> ordered(String orderBy) {
        return TaskFixture.subjects("SELECT Id FROM Task ORDER BY " + orderBy, NOW, tasks);
    }

    @Test
    void sortsTextAscendingWithoutRegardToCaseAndNullsFirst() {
        assertThat(ordered("Subject")).containsExactly(null, "A", "b", "c");
        assertThat(ordered("Subject ASC NULLS LAST")).containsExactly("A", "b", "c", null);
    }

    @Test
    void putsNullsFirstByDefaultEvenWhenDescending() {
        assertThat(ordered("Subject DESC")).containsExactly(null, "c", "b", "A");
        assertThat(ordered("Subject DESC NULLS LAST")).containsExactly("c", "b", "A", null);
        assertThat(ordered("Subject DESC NULLS FIRST")).containsExactly(null, "c", "b", "A");
    }

    @Test
    void sortsNumbersDatesAndBooleansByValue() {
        assertThat(ordered("Score__c")).containsExactly("c", null, "b", "A");
        assertThat(ordered("Score__c DESC NULLS LAST")).containsExactly("A", "b", null, "c");
        assertThat(ordered("ActivityDate NULLS LAST")).containsExactly(null, "b", "c", "A");
        assertThat(ordered("IsClosed NULLS LAST, Subject")).containsExactly("A", "b", null, "c");
    }

    @Test
    void breaksTiesWithTheNextKey() {
        assertThat(ordered("Status, Subject DESC NULLS LAST")).containsExactly("c", null, "b", "A");
        assertThat(ordered("Status DESC, Score__c")).containsExactly("b", "A", "c", null);
    }

    @Test
    void appliesOffsetAfterSortingAndLimitAfterOffset() {
        assertThat(TaskFixture.subjects("SELECT Id FROM Task ORDER BY Subject NULLS LAST LIMIT 2", NOW, tasks)).containsExactly("A", "b");
        assertThat(TaskFixture.subjects("SELECT Id FROM Task ORDER BY Subject NULLS LAST LIMIT 2 OFFSET 1", NOW, tasks)).containsExactly("b", "c");
        assertThat(TaskFixture.subjects("SELECT Id FROM Task ORDER BY Subject OFFSET 3", NOW, tasks)).containsExactly("c");
        assertThat(TaskFixture.subjects("SELECT Id FROM Task LIMIT 0", NOW, tasks)).isEmpty();
    }

    @Test
    void refusesAnUnknownOrderingField() {
        SoqlSelectTest.assertErrorCode("SELECT Id FROM Task ORDER BY Nope", "INVALID_FIELD");
        SoqlSelectTest.assertErrorCode("SELECT Id FROM Task ORDER BY Subject NULLS", "MALFORMED_QUERY");
        SoqlSelectTest.assertErrorCode("SELECT Id FROM Task ORDER Subject", "MALFORMED_QUERY");
    }
}
