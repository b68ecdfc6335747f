package com.tasksync.torture.plan;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Draws the mix's faults: mostly faults of the emulator's admin API, some odd but legal values
 * written in Salesforce. Latency comes with creates on their way and a kill while they are in
 * flight; outages and the request limit are held for several seconds while operations go on.
 */
final class FaultPlanner {

    private final PlanBuilder builder;
    private final List<FaultKind> kinds;
    private final List<String> odds;

    FaultPlanner(PlanBuilder builder, Set<String> excluded) {
        this.builder = builder;
        this.kinds = Arrays.stream(FaultKind.values()).filter(kind -> !excluded.contains(kind.label())).toList();
        this.odds = OddValues.names().stream().filter(name -> !excluded.contains(name)).toList();
    }

    void next() {
        var random = builder.random;
        if (!odds.isEmpty() && (kinds.isEmpty() || random.nextInt(10) < 3)) {
            oddValue();
        } else if (!kinds.isEmpty()) {
            adminFault(kinds.get(random.nextInt(kinds.size())));
        }
    }

    void adminFault(FaultKind kind) {
        var random = builder.random;
        switch (kind) {
            case LATENCY -> createsInFlightThenKill();
            case OUTAGE, REQUEST_LIMIT -> builder.add(new FaultStep(kind, Duration.ofMillis(random.nextInt(8000, 12001)),
                    random.nextLong()));
            case FLAKY_WRITES -> builder.add(new FaultStep(kind, Duration.ofMillis(random.nextInt(3000, 6001)),
                    random.nextLong()));
            default -> builder.add(new FaultStep(kind, Duration.ZERO, random.nextLong()));
        }
    }

    /** Creates held up by 4 s of latency, and a node killed while they are on their way. */
    void createsInFlightThenKill() {
        var random = builder.random;
        builder.add(new FaultStep(FaultKind.LATENCY, Duration.ZERO, random.nextLong()));
        for (int i = 0; i < 3; i++) {
            builder.taskSyncCreate();
        }
        builder.add(new Pause(Duration.ofMillis(random.nextInt(1200, 2500))));
        builder.add(new KillStep(List.of(builder.node()), Duration.ofMillis(random.nextInt(500, 3000))));
        builder.add(new FaultsOff(FaultKind.LATENCY));
    }

    private void oddValue() {
        var random = builder.random;
        var slot = builder.target(false);
        if (slot == null || random.nextInt(4) == 0) {
            var next = builder.peekSlot();
            var odd = OddValues.draw(random, next, odds);
            var record = builder.values.salesforceCreate(next);
            record.setAll(odd.fields());
            builder.salesforceCreate(record, odd.name());
        } else {
            builder.odd(slot, OddValues.draw(random, slot, odds));
        }
    }
}
