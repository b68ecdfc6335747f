package com.tasksync.torture.plan;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The default mix: operations of every kind on both sides drawn by weight, about the fault rate's
 * share of them preceded by a fault, and at least one {@code kill -9} of a random node at a
 * random moment. Sync is switched off and on again now and then and is on at the end.
 */
public final class MixPlanner {

    private static final List<OpKind> KINDS = List.of(OpKind.TASKSYNC_CREATE, OpKind.SALESFORCE_CREATE,
            OpKind.TASKSYNC_EDIT, OpKind.SALESFORCE_EDIT, OpKind.TASKSYNC_COMPLETE, OpKind.TASKSYNC_REOPEN,
            OpKind.SALESFORCE_COMPLETE, OpKind.SALESFORCE_REOPEN, OpKind.TASKSYNC_DELETE, OpKind.SALESFORCE_DELETE,
            OpKind.TASKSYNC_RESTORE, OpKind.SYNC_OFF);
    private static final int[] WEIGHTS = {10, 7, 24, 16, 3, 2, 3, 2, 4, 3, 4, 2};

    private final MixSettings settings;

    public MixPlanner(MixSettings settings) {
        this.settings = settings;
    }

    public Plan plan(long seed) {
        var builder = new PlanBuilder(seed, settings.nodes()).seedAndEnable();
        var faults = new FaultPlanner(builder, settings.excluded());
        var random = builder.random;
        var killAt = settings.operations() / 5 + random.nextInt(Math.max(1, settings.operations() * 3 / 5));
        var syncBackAt = -1;
        for (int i = 0; i < settings.operations(); i++) {
            if (random.nextDouble() < settings.faultRate()) {
                faults.next();
            }
            if (i == killAt) {
                builder.add(new KillStep(List.of(builder.node()), Duration.ofMillis(random.nextInt(500, 5000))));
            }
            if (i == syncBackAt) {
                builder.add(new Operation(OpKind.SYNC_ON, -1, null, null, builder.node(), null));
                syncBackAt = -1;
            } else {
                var kind = draw(random.nextInt(Arrays.stream(WEIGHTS).sum()));
                if (kind == OpKind.SYNC_OFF && syncBackAt >= 0) {
                    kind = OpKind.TASKSYNC_EDIT;
                }
                if (kind == OpKind.SYNC_OFF) {
                    syncBackAt = i + 4 + random.nextInt(8);
                }
                operation(builder, kind);
            }
            builder.pause(10, 250);
        }
        if (syncBackAt >= 0) {
            builder.add(new Operation(OpKind.SYNC_ON, -1, null, null, builder.node(), null));
        }
        return builder.build("mix", seed);
    }

    static void operation(PlanBuilder builder, OpKind kind) {
        switch (kind) {
            case TASKSYNC_CREATE -> builder.taskSyncCreate();
            case SALESFORCE_CREATE -> builder.salesforceCreate(builder.values.salesforceCreate(nextSlot(builder)), null);
            case TASKSYNC_EDIT, SALESFORCE_EDIT -> {
                var slot = builder.target(false);
                if (slot != null) {
                    builder.edit(kind, slot, builder.field(), builder.node());
                }
            }
            case SYNC_OFF -> builder.add(new Operation(OpKind.SYNC_OFF, -1, null, null, builder.node(), null));
            default -> {
                var slot = builder.target(kind == OpKind.TASKSYNC_RESTORE);
                if (slot != null) {
                    builder.act(kind, slot);
                }
            }
        }
    }

    private static int nextSlot(PlanBuilder builder) {
        return builder.peekSlot();
    }

    private static OpKind draw(int ticket) {
        var left = ticket;
        for (int i = 0; i < WEIGHTS.length; i++) {
            left -= WEIGHTS[i];
            if (left < 0) {
                return KINDS.get(i);
            }
        }
        return OpKind.TASKSYNC_EDIT;
    }
}
