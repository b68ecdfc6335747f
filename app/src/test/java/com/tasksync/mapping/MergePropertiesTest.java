package com.tasksync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MergePropertiesTest {

    @Property
    void mergingTwoUnchangedSidesDoesNothing(@ForAll("fields") TaskFields base, @ForAll("times") Instant t) {
        var result = ThreeWayMerge.merge(base, base, t, base, t);

        assertThat(result.quiet()).isTrue();
        assertThat(result.merged()).isEqualTo(SalesforceShape.of(base));
    }

    @Property
    void aChangeOnOneSideAlwaysWins(@ForAll("fields") TaskFields base, @ForAll("fields") TaskFields local,
            @ForAll("times") Instant t1, @ForAll("times") Instant t2) {
        var result = ThreeWayMerge.merge(base, local, t1, base, t2);

        assertThat(result.merged()).isEqualTo(SalesforceShape.of(local));
        assertThat(result.toTaskSync()).isEmpty();
        assertThat(result.conflicts()).isEmpty();
    }

    @Property
    void bothSidesEqualTheMergedVersionAfterTheirWrites(@ForAll("fields") TaskFields base,
            @ForAll("fields") TaskFields local, @ForAll("fields") TaskFields remote,
            @ForAll("times") Instant t1, @ForAll("times") Instant t2) {
        var result = ThreeWayMerge.merge(base, local, t1, remote, t2);

        var localAfter = apply(local, result.merged(), result.toTaskSync());
        var remoteAfter = apply(remote, result.merged(), result.toSalesforce());
        assertThat(SalesforceShape.of(localAfter)).isEqualTo(result.merged());
        assertThat(SalesforceShape.of(remoteAfter)).isEqualTo(result.merged());
        assertThat(ThreeWayMerge.merge(result.merged(), localAfter, t1, remoteAfter, t2).quiet()).isTrue();
    }

    @Property
    void writingThenReadingATaskGivesItsSalesforceShape(@ForAll("fields") TaskFields fields) {
        var statuses = StatusValues.defaults();
        var record = SalesforceTaskWriter.forCreate(fields, statuses)
                .with("IsClosed", statuses.closed().equals(SalesforceTaskWriter.forCreate(fields, statuses)
                        .string("Status")));

        assertThat(SalesforceTaskReader.fields(record)).isEqualTo(SalesforceShape.of(fields));
    }

    private static TaskFields apply(TaskFields target, TaskFields merged, java.util.Set<TaskField> fields) {
        var values = new java.util.EnumMap<TaskField, Object>(TaskField.class);
        for (var field : TaskField.values()) {
            values.put(field, fields.contains(field) ? field.of(merged) : field.of(target));
        }
        return ThreeWayMerge.fieldsOf(values);
    }

    @Provide
    Arbitrary<Instant> times() {
        return Arbitraries.longs().between(0, 5).map(m -> Instant.parse("2026-11-22T10:00:00Z").plusSeconds(60 * m));
    }

    @Provide
    Arbitrary<TaskFields> fields() {
        var subject = Arbitraries.of("Call Jane", "Email Bob", "Send quote");
        var description = Arbitraries.of("notes", "other notes").injectNull(0.3);
        var due = Arbitraries.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23)).injectNull(0.3);
        var reminder = Arbitraries.of(Instant.parse("2026-11-22T08:00:00Z"), Instant.parse("2026-11-22T09:00:00.5Z"))
                .injectNull(0.5);
        var who = Arbitraries.of("0035g00000QwErTAAZ", "00Q5g00000QwErTAAZ", "Jane Doe").injectNull(0.5);
        var what = Arbitraries.of("0015g00000AsDfGAAY", "0065g00000AsDfGAAY").injectNull(0.5);
        return Combinators.combine(subject, description, due, Arbitraries.of(TaskStatus.class),
                Arbitraries.of(TaskPriority.class), Arbitraries.of(TaskType.class), reminder, who)
                .as((s, d, date, status, priority, type, at, w) -> new TaskFields(s, d, date, status, priority, type,
                        at, w, null))
                .flatMap(f -> what.map(x -> new TaskFields(f.subject(), f.description(), f.dueDate(), f.status(),
                        f.priority(), f.type(), f.reminderAt(), f.who(), x)));
    }
}
