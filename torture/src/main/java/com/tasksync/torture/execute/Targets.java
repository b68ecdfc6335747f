package com.tasksync.torture.execute;

import com.tasksync.torture.model.Ledger;
import com.tasksync.torture.model.Slot;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * The task an operation acts on: the slot the plan names when its id on that side is known, else
 * the nearest slot that has one (a task not yet linked or imported would make the operation a
 * no-op). Salesforce tasks older than the import window are never touched.
 */
final class Targets {

    private Targets() {
    }

    static Optional<Slot> inTaskSync(Ledger ledger, int wanted) {
        return nearest(ledger, wanted, Slot::taskSyncId);
    }

    static Optional<Slot> inSalesforce(Ledger ledger, int wanted) {
        return nearest(ledger, wanted, Slot::salesforceId);
    }

    private static Optional<Slot> nearest(Ledger ledger, int wanted, Function<Slot, String> id) {
        return ledger.slots().stream()
                .filter(slot -> slot.kind() != Slot.Kind.OLD_IN_SALESFORCE && id.apply(slot) != null)
                .min(Comparator.comparingInt((Slot slot) -> Math.abs(slot.number() - wanted))
                        .thenComparingInt(slot -> -slot.number()));
    }

    /** The payload with its subject's tag changed to the slot actually acted on. */
    static ObjectNode retag(ObjectNode payload, String subjectField, int wanted, Slot actual) {
        var subject = payload.path(subjectField);
        if (actual.number() == wanted || !subject.isString() || !subject.asString().startsWith(Slot.tag(wanted))) {
            return payload;
        }
        var copy = payload.deepCopy();
        copy.put(subjectField, Slot.tag(actual.number()) + subject.asString().substring(Slot.tag(wanted).length()));
        return copy;
    }

    static String describe(String operation, int wanted, Slot actual) {
        return actual.number() == wanted ? operation : operation + " (on " + Slot.tag(actual.number()) + ")";
    }
}
