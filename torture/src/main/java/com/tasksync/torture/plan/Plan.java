package com.tasksync.torture.plan;

import com.tasksync.torture.model.Slot;
import java.util.List;
import java.util.Map;

/**
 * A run's steps, in order: seeding before sync is first switched on, then the run itself.
 *
 * @param seededSlots the slots made before the first enable, by what they test
 */
public record Plan(String scenario, long seed, List<Step> steps, Map<Integer, Slot.Kind> seededSlots) {

    public Plan {
        steps = List.copyOf(steps);
        seededSlots = Map.copyOf(seededSlots);
    }

    public long operations() {
        return steps.stream().filter(Operation.class::isInstance).count();
    }

    public Slot.Kind kindOf(int slot) {
        return seededSlots.getOrDefault(slot, Slot.Kind.ORDINARY);
    }
}
