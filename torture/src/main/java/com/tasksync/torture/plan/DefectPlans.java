package com.tasksync.torture.plan;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One plan per defect seen against the production jar, each reproducing it on its own: a crash
 * while creates are in flight, a Salesforce record holding U+0000, concurrent edits of different
 * fields through two nodes, two INVALID_SESSION_ID in a row, and failures TaskSync did not show.
 */
final class DefectPlans {

    private static final Duration SETTLE = Duration.ofSeconds(120);

    private DefectPlans() {
    }

    /** Rounds of defect 1 as it was seen; fewer when a run asks for fewer operations. */
    static final int KILL_ROUNDS = 6;

    /** Creates in each round of defect 1. */
    static final int CREATES_A_ROUND = 8;

    /**
     * Defect 1: creates held by 4 s of latency, every node killed while they are on their way; one round
     * per eight operations asked for, at most six (the defect as seen, and the default of {@code --ops}).
     */
    static Plan killDuringCreates(PlanBuilder builder, long seed, int operations) {
        builder.seedAndEnable();
        var allNodes = IntStream.range(0, builder.nodes()).boxed().toList();
        var rounds = Math.min(KILL_ROUNDS, Math.max(1, (operations + CREATES_A_ROUND - 1) / CREATES_A_ROUND));
        for (int round = 0; round < rounds; round++) {
            builder.add(new FaultStep(FaultKind.LATENCY, Duration.ZERO, builder.random.nextLong()));
            for (int i = 0; i < CREATES_A_ROUND; i++) {
                builder.taskSyncCreate();
                builder.pause(20, 80);
            }
            builder.add(new Pause(Duration.ofMillis(1500)));
            builder.add(new KillStep(allNodes, Duration.ofMillis(300)));
            builder.add(new FaultsOff(FaultKind.LATENCY));
            builder.add(new AwaitNodes());
        }
        return builder.build("kill-during-creates", seed);
    }

    /** Defect 2: Salesforce tasks with U+0000 in Subject or Description, then ordinary changes that must still arrive. */
    static Plan nulRecord(PlanBuilder builder, long seed) {
        builder.seedAndEnable();
        var nulSubject = builder.values.salesforceCreate(builder.peekSlot()).put("Subject", "nul\u0000subject");
        builder.salesforceCreate(nulSubject, OddValues.NUL);
        var nulDescription = builder.values.salesforceCreate(builder.peekSlot()).put("Description", "a\u0000b");
        builder.salesforceCreate(nulDescription, OddValues.NUL);
        var ordinary = new ArrayList<Integer>();
        for (int i = 0; i < 8; i++) {
            ordinary.add(builder.salesforceCreate(builder.values.salesforceCreate(builder.peekSlot()), null));
            builder.pause(50, 200);
        }
        for (int i = 0; i < 6; i++) {
            ordinary.add(builder.taskSyncCreate());
        }
        builder.add(new Pause(Duration.ofSeconds(4)));
        for (int i = 0; i < 20; i++) {
            var slot = ordinary.get(builder.random.nextInt(ordinary.size()));
            var kind = builder.random.nextBoolean() ? OpKind.SALESFORCE_EDIT : OpKind.TASKSYNC_EDIT;
            builder.edit(kind, slot, builder.field(), builder.node());
            builder.pause(50, 300);
        }
        return builder.build("nul-record", seed);
    }

    /**
     * Defect 3: 60 tasks; three rounds of PATCHes with a dozen in flight at once, the description
     * through node 1 and the priority through node 2, rounds following each other without a break.
     */
    static Plan twoNodePatches(PlanBuilder builder, long seed) {
        builder.seedAndEnable();
        var slots = new ArrayList<Integer>();
        for (int i = 0; i < 60; i++) {
            slots.add(builder.taskSyncCreate(i % builder.nodes()));
        }
        builder.add(new AwaitSynced(SETTLE));
        var priorities = List.of("high", "low", "normal");
        var second = Math.min(1, builder.nodes() - 1);
        for (int round = 0; round < 3; round++) {
            for (var slot : slots) {
                var description = Json.object().put("description", "round " + (round + 1) + " note " + slot);
                builder.add(new Operation(OpKind.TASKSYNC_EDIT, slot, Field.DESCRIPTION, description, 0, null));
                var priority = Json.object().put("priority", priorities.get((round + slot) % 3));
                builder.add(new Operation(OpKind.TASKSYNC_EDIT, slot, Field.PRIORITY, priority, second, null));
            }
        }
        return builder.build("two-node-patches", seed, 12);
    }

    /** Defect 4: two INVALID_SESSION_ID in a row on writes, and then on polls, while edits go on. */
    static Plan transient401(PlanBuilder builder, long seed) {
        builder.seedAndEnable();
        var slots = new ArrayList<Integer>();
        for (int i = 0; i < 10; i++) {
            slots.add(builder.taskSyncCreate());
        }
        builder.add(new AwaitSynced(SETTLE));
        for (int round = 0; round < 3; round++) {
            builder.add(new FaultStep(FaultKind.INVALID_SESSION, Duration.ZERO, builder.random.nextLong()));
            for (int i = 0; i < 5; i++) {
                builder.edit(OpKind.TASKSYNC_EDIT, slots.get(builder.random.nextInt(slots.size())),
                        builder.field(), builder.node());
                builder.edit(OpKind.SALESFORCE_EDIT, slots.get(builder.random.nextInt(slots.size())),
                        builder.field(), 0);
            }
            builder.add(new Pause(Duration.ofSeconds(3)));
        }
        return builder.build("transient-401", seed);
    }

    /** Defect 5: a 10 s outage of every data call, then 10 s at the org's request limit, with edits going on. */
    static Plan invisibleOutage(PlanBuilder builder, long seed) {
        builder.seedAndEnable();
        var slots = new ArrayList<Integer>();
        for (int i = 0; i < 8; i++) {
            slots.add(builder.taskSyncCreate());
        }
        builder.add(new AwaitSynced(SETTLE));
        for (var kind : List.of(FaultKind.OUTAGE, FaultKind.REQUEST_LIMIT)) {
            builder.add(new FaultStep(kind, Duration.ofSeconds(10), builder.random.nextLong()));
            for (int i = 0; i < 5; i++) {
                builder.edit(OpKind.TASKSYNC_EDIT, slots.get(builder.random.nextInt(slots.size())),
                        builder.field(), builder.node());
                builder.add(new Pause(Duration.ofMillis(1500)));
            }
            builder.add(new Pause(Duration.ofSeconds(8)));
        }
        return builder.build("invisible-outage", seed);
    }

    /**
     * How long the killed stream holder stays down: past the stream's lease (20 s), and the node needs
     * seconds more to start, so another node takes the stream over unless its takeover is late already.
     */
    static final Duration HOLDER_DOWN = Duration.ofSeconds(22);

    /** The bound: when the node holding an org's stream dies, another takes it within 30 s. */
    static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);

    /**
     * The node holding the org's change stream killed (read by change events only): tasks made and synced
     * on both sides, then the holder killed while Salesforce changes go on. Another node must take the
     * stream over within 30 s and replay what the dead one had not applied; edits on both sides follow.
     */
    static Plan killStreamHolder(PlanBuilder builder, long seed) {
        builder.seedAndEnable();
        var slots = new ArrayList<Integer>();
        for (int i = 0; i < 4; i++) {
            slots.add(builder.taskSyncCreate());
            slots.add(builder.salesforceCreate(builder.values.salesforceCreate(builder.peekSlot()), null));
        }
        builder.add(new AwaitSynced(SETTLE));
        builder.add(new StreamHolderKill(HOLDER_DOWN));
        for (int i = 0; i < 8; i++) {
            if (i % 3 == 0) {
                slots.add(builder.salesforceCreate(builder.values.salesforceCreate(builder.peekSlot()), null));
            } else {
                builder.edit(OpKind.SALESFORCE_EDIT, slots.get(builder.random.nextInt(slots.size())),
                        builder.field(), 0);
            }
            builder.pause(500, 1500);
        }
        builder.add(new AwaitStreamTakeover(TAKEOVER_LIMIT));
        for (int i = 0; i < 8; i++) {
            var kind = i % 2 == 0 ? OpKind.SALESFORCE_EDIT : OpKind.TASKSYNC_EDIT;
            builder.edit(kind, slots.get(builder.random.nextInt(slots.size())),
                    builder.field(), builder.node());
            builder.pause(100, 400);
        }
        return builder.build("kill-stream-holder", seed);
    }
}
