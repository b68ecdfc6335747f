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

    /**
     * The rule stated here on its own, field by field through the record's accessors, on values a
     * Salesforce Task holds as they are (whole-second reminders, who and what as ids): a field
     * changed on one side takes that side's value; changed on both sides to different values, the
     * later change wins and a tie goes to Salesforce.
     */
    @Property
    void eachFieldFollowsTheRuleStatedIndependently(@ForAll("shaped") TaskFields base,
            @ForAll("shaped") TaskFields local, @ForAll("shaped") TaskFields remote,
            @ForAll("times") Instant localAt, @ForAll("times") Instant remoteAt) {
        var result = ThreeWayMerge.merge(base, local, localAt, remote, remoteAt);

        var expected = new java.util.ArrayList<Object>();
        for (var field : ACCESSORS) {
            Object was = field.apply(base);
            Object ours = field.apply(local);
            Object theirs = field.apply(remote);
            if (java.util.Objects.equals(ours, was)) {
                expected.add(theirs);
            } else if (java.util.Objects.equals(theirs, was)) {
                expected.add(ours);
            } else {
                expected.add(localAt.isAfter(remoteAt) ? ours : theirs);
            }
        }
        var merged = result.merged();
        var actual = ACCESSORS.stream().map(field -> field.apply(merged)).toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(result.toSalesforce().isEmpty()).as("nothing to send when Salesforce holds the merge")
                .isEqualTo(expected.equals(values(remote)));
        assertThat(result.toTaskSync().isEmpty()).as("nothing to apply when TaskSync holds the merge")
                .isEqualTo(expected.equals(values(local)));
    }

    private static final java.util.List<java.util.function.Function<TaskFields, Object>> ACCESSORS = java.util.List.of(
            TaskFields::subject, TaskFields::description, TaskFields::dueDate, TaskFields::status,
            TaskFields::priority, TaskFields::type, TaskFields::reminderAt, TaskFields::who, TaskFields::what);

    private static java.util.List<Object> values(TaskFields fields) {
        var values = new java.util.ArrayList<Object>();
        ACCESSORS.forEach(field -> values.add(field.apply(fields)));
        return values;
    }

    /** Values a Salesforce Task holds unchanged, so the expectation needs no shaping of its own. */
    @Provide
    Arbitrary<TaskFields> shaped() {
        return tasks(Arbitraries.of("Call Jane", "Email Bob"),
                Arbitraries.of(Instant.parse("2026-11-22T08:00:00Z"), Instant.parse("2026-11-22T09:00:00Z")),
                Arbitraries.of("0035g00000QwErTAAZ", "00Q5g00000QwErTAAZ"));
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
        return tasks(Arbitraries.of("Call Jane", "Email Bob", "Send quote"),
                Arbitraries.of(Instant.parse("2026-11-22T08:00:00Z"), Instant.parse("2026-11-22T09:00:00.5Z")),
                Arbitraries.of("0035g00000QwErTAAZ", "00Q5g00000QwErTAAZ", "Jane Doe"));
    }

    private static Arbitrary<TaskFields> tasks(Arbitrary<String> subject, Arbitrary<Instant> reminderAt,
            Arbitrary<String> whoValues) {
        var description = Arbitraries.of("notes", "other notes").injectNull(0.3);
        var due = Arbitraries.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23)).injectNull(0.3);
        var reminder = reminderAt.injectNull(0.5);
        var who = whoValues.injectNull(0.5);
        var what = Arbitraries.of("0015g00000AsDfGAAY", "0065g00000AsDfGAAY").injectNull(0.5);
        return Combinators.combine(subject, description, due, Arbitraries.of(TaskStatus.class),
                Arbitraries.of(TaskPriority.class), Arbitraries.of(TaskType.class), reminder, who)
                .as((s, d, date, status, priority, type, at, w) -> new TaskFields(s, d, date, status, priority, type,
                        at, w, null))
                .flatMap(f -> what.map(x -> new TaskFields(f.subject(), f.description(), f.dueDate(), f.status(),
                        f.priority(), f.type(), f.reminderAt(), f.who(), x)));
    }
}
