package com.tasksync.torture.check;

import com.tasksync.torture.model.LifecycleEvent;
import com.tasksync.torture.model.Values;
import com.tasksync.torture.model.Write;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a field may end with, given the writes users made to it: each side's last writes
 * (a write surely followed by a later acknowledged one on the same side is out, and so is the
 * create value once any acknowledged edit followed it). Writes whose answer was lost count as
 * possible, but never push an older write out.
 */
record Allowed(Set<String> values, boolean anyValue, List<Write> writes, List<Write> candidates) {

    static Allowed of(List<Write> writes) {
        return of(writes, List.of());
    }

    /**
     * After a delete that a restore from Trash undid, the restored copy may carry any value the
     * task had before: the delete won over edits the other side had not yet seen.
     */
    static Allowed of(List<Write> writes, List<LifecycleEvent> lifecycle) {
        var restoredAfterDelete = lifecycle.stream().filter(e -> e.kind() == LifecycleEvent.Kind.RESTORE)
                .anyMatch(restore -> lifecycle.stream().anyMatch(e -> e.kind() == LifecycleEvent.Kind.DELETE
                        && restore.sentAt().isAfter(e.sentAt())));
        var candidates = restoredAfterDelete ? writes
                : writes.stream().filter(write -> writes.stream().noneMatch(write::supersededBy)).toList();
        var values = new LinkedHashSet<String>();
        candidates.forEach(write -> values.add(write.value()));
        return new Allowed(values, candidates.stream().anyMatch(Write::anyValue) || writes.isEmpty(), writes,
                candidates);
    }

    boolean permits(String value) {
        return anyValue || values.stream().anyMatch(allowed -> Objects.equals(allowed, value));
    }

    String describe() {
        return "allowed " + values.stream().map(Values::show).collect(Collectors.joining(" or ")) + "; writes: "
                + writes.stream().map(Write::describe).collect(Collectors.joining("; "));
    }
}
