package com.tasksync.torture.plan;

import com.tasksync.torture.http.Json;
import com.tasksync.torture.model.Field;
import com.tasksync.torture.model.Slot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds a plan step by step from one random source: it hands out slot numbers, remembers which
 * slots exist and which it deleted, so that operations mostly target tasks they can act on.
 */
final class PlanBuilder {

    static final Duration IMPORT_TIMEOUT = Duration.ofSeconds(90);

    final SplittableRandom random;
    final ValueGenerator values;
    private final int nodes;
    private final List<Step> steps = new ArrayList<>();
    private final Map<Integer, Slot.Kind> seeded = new HashMap<>();
    private final List<Integer> targets = new ArrayList<>();
    private final Set<Integer> deleted = new HashSet<>();
    private int nextSlot;

    PlanBuilder(long seed, int nodes) {
        this.random = new SplittableRandom(seed);
        this.values = new ValueGenerator(random);
        this.nodes = nodes;
    }

    /** Three local TaskSync tasks, three Salesforce tasks older than a day and three recent ones, then sync on. */
    PlanBuilder seedAndEnable() {
        for (int i = 0; i < 3; i++) {
            seeded.put(taskSyncCreate(), Slot.Kind.LOCAL_BEFORE_ENABLE);
        }
        for (int i = 0; i < 3; i++) {
            var slot = salesforceCreate(values.salesforceCreate(nextSlot).put("CreatedDate", "now-30h"), null);
            seeded.put(slot, Slot.Kind.OLD_IN_SALESFORCE);
            targets.remove(Integer.valueOf(slot));
        }
        for (int i = 0; i < 3; i++) {
            seeded.put(salesforceCreate(values.salesforceCreate(nextSlot).put("CreatedDate", "now-2h"), null),
                    Slot.Kind.RECENT_IN_SALESFORCE);
        }
        add(new Barrier());
        add(new Operation(OpKind.SYNC_ON, -1, null, null, node(), null));
        add(new AwaitSynced(IMPORT_TIMEOUT));
        return this;
    }

    int taskSyncCreate() {
        return taskSyncCreate(node());
    }

    int taskSyncCreate(int node) {
        var slot = nextSlot++;
        add(new Operation(OpKind.TASKSYNC_CREATE, slot, null, values.taskSyncCreate(slot), node, null));
        targets.add(slot);
        return slot;
    }

    int salesforceCreate(tools.jackson.databind.node.ObjectNode record, String odd) {
        var slot = nextSlot++;
        add(new Operation(OpKind.SALESFORCE_CREATE, slot, null, record, 0, odd));
        targets.add(slot);
        return slot;
    }

    void edit(OpKind kind, int slot, Field field, int node) {
        var payload = kind == OpKind.TASKSYNC_EDIT ? values.taskSyncEdit(field, slot) : values.salesforceEdit(field, slot);
        add(new Operation(kind, slot, field, payload, node, null));
    }

    void act(OpKind kind, int slot) {
        if (kind == OpKind.TASKSYNC_DELETE || kind == OpKind.SALESFORCE_DELETE) {
            deleted.add(slot);
        } else if (kind == OpKind.TASKSYNC_RESTORE) {
            deleted.remove(slot);
        }
        add(new Operation(kind, slot, null, Json.object(), node(), null));
    }

    void odd(int slot, OddValue odd) {
        add(new Operation(OpKind.SALESFORCE_EDIT, slot, odd.field(), odd.fields(), 0, odd.name()));
    }

    /** A slot to act on: mostly one not deleted by this plan, sometimes any (acting on a deleted task is legal). */
    Integer target(boolean wantDeleted) {
        var pool = targets.stream().filter(slot -> wantDeleted == deleted.contains(slot)).toList();
        if (pool.isEmpty()) {
            return targets.isEmpty() ? null : targets.get(random.nextInt(targets.size()));
        }
        return pool.get(random.nextInt(pool.size()));
    }

    /** The slot number the next create gets, so that its subject can carry the tag. */
    int peekSlot() {
        return nextSlot;
    }

    /** Any synced field, drawn from the plan's random source. */
    Field field() {
        return Field.values()[random.nextInt(Field.values().length)];
    }

    int node() {
        return random.nextInt(nodes);
    }

    int nodes() {
        return nodes;
    }

    void add(Step step) {
        steps.add(step);
    }

    void pause(int minMillis, int maxMillis) {
        add(new Pause(Duration.ofMillis(random.nextInt(minMillis, maxMillis + 1))));
    }

    Plan build(String scenario, long seed) {
        return build(scenario, seed, 1);
    }

    Plan build(String scenario, long seed, int minimumWorkers) {
        return new Plan(scenario, seed, steps, seeded, minimumWorkers);
    }
}
