package com.tasksync.torture.plan;

import java.util.Set;

/**
 * The knobs of the default mix.
 *
 * @param operations user operations after seeding
 * @param faultRate the share of operations preceded by a fault (admin fault or odd value)
 * @param excluded fault kinds and odd values left out, by label or name (such as {@code nul})
 */
public record MixSettings(int operations, int nodes, double faultRate, Set<String> excluded) {

    public MixSettings {
        excluded = Set.copyOf(excluded);
    }
}
