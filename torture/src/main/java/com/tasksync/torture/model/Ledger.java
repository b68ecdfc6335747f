package com.tasksync.torture.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Everything users did in one run, per task slot, and the sync switches. */
public final class Ledger {

    private final Map<Integer, Slot> slots = new ConcurrentHashMap<>();
    private final SyncSwitches switches = new SyncSwitches();

    public Slot open(int number, Side origin, Slot.Kind kind) {
        return slots.computeIfAbsent(number, n -> new Slot(n, origin, kind));
    }

    public Optional<Slot> slot(int number) {
        return Optional.ofNullable(slots.get(number));
    }

    public List<Slot> slots() {
        var all = new ArrayList<>(slots.values());
        all.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return all;
    }

    public SyncSwitches switches() {
        return switches;
    }
}
