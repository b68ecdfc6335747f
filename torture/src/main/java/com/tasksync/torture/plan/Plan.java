package com.tasksync.torture.plan;

import com.tasksync.torture.model.Slot;
import java.util.List;
import java.util.Map;

/**
 * A run's steps, in order: seeding before sync is first switched on, then the run itself.
 *
 * @param seededSlots the slots made before the first enable, by what they test
 * @param minimumWorkers how many workers the plan needs at least to race as it means to
 */
public record Plan(String scenario, long seed, List<Step> steps, Map<Integer, Slot.Kind> seededSlots,
        int minimumWorkers) {

    public Plan {
        steps = List.copyOf(steps);
        seededSlots = Map.copyOf(seededSlots);
    }

    public long operations() {
        return steps.stream().filter(Operation.class::isInstance).count();
    }

    public int workers(int asked) {
        return Math.max(asked, minimumWorkers);
    }

    public Slot.Kind kindOf(int slot) {
        return seededSlots.getOrDefault(slot, Slot.Kind.ORDINARY);
    }
}
