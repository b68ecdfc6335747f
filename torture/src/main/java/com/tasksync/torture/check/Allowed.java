package com.tasksync.torture.check;

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
record Allowed(Set<String> values, boolean anyValue, List<Write> writes) {

    static Allowed of(List<Write> writes) {
        var candidates = writes.stream().filter(write -> writes.stream().noneMatch(write::supersededBy)).toList();
        var values = new LinkedHashSet<String>();
        candidates.forEach(write -> values.add(write.value()));
        return new Allowed(values, candidates.stream().anyMatch(Write::anyValue) || writes.isEmpty(), writes);
    }

    boolean permits(String value) {
        return anyValue || values.stream().anyMatch(allowed -> Objects.equals(allowed, value));
    }

    String describe() {
        return "allowed " + values.stream().map(Values::show).collect(Collectors.joining(" or ")) + "; writes: "
                + writes.stream().map(Write::describe).collect(Collectors.joining("; "));
    }
}
