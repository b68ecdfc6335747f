package com.tasksync.torture.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.Side;
import com.tasksync.torture.model.Slot;
import com.tasksync.torture.model.Write;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteCheckTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aTypeReadFromTheFirstRecordsSubtypeAfterATaskSyncTypeItCannotExpressIsTheKnownLimit() {
        var slot = createdInSalesforce("Call", "other");
        slot.add(new Write(Field.TYPE, Side.TASKSYNC, "linkedin", false, false, T.plusSeconds(3), T.plusSeconds(4),
                true, "tasksync-edit"));

        assertThat(WriteCheck.readFromFirstSubtype(slot, "call")).isTrue();
        assertThat(WriteCheck.readFromFirstSubtype(slot, "email")).as("not what the subtype reads").isFalse();
    }

    @Test
    void withoutATaskSyncTypeWriteTheSubtypesReadingIsNoExcuse() {
        var slot = createdInSalesforce("Call", "other");
        slot.add(new Write(Field.TYPE, Side.SALESFORCE, "email", false, false, T.plusSeconds(3), T.plusSeconds(4),
                true, "salesforce-edit"));

        assertThat(WriteCheck.readFromFirstSubtype(slot, "call")).isFalse();
        assertThat(WriteCheck.readFromFirstSubtype(createdInSalesforce(null, "other"), "todo")).isFalse();
    }

    private static Slot createdInSalesforce(String subtype, String type) {
        var slot = new Slot(6, Side.SALESFORCE, Slot.Kind.ORDINARY);
        slot.created(Slot.Created.CREATED, T, T.plusSeconds(1), List.of(new Write(Field.TYPE, Side.SALESFORCE, type,
                false, true, T, T.plusSeconds(1), true, "salesforce-create")));
        slot.subtype(subtype);
        return slot;
    }
}
