package com.tasksync.emulator.admin;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Calls per route name ({@code "GET /services/data/{version}/query"}), overall and per org. */
public final class CallCounts {

    private final Map<String, LongAdder> total = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> byOrg = new ConcurrentHashMap<>();

    void count(String routeName, String orgId) {
        total.computeIfAbsent(routeName, k -> new LongAdder()).increment();
        if (orgId != null) {
            byOrg.computeIfAbsent(orgId, k -> new ConcurrentHashMap<>()).computeIfAbsent(routeName, k -> new LongAdder())
                    .increment();
        }
    }

    /** Every route called so far and how often, sorted by name. */
    public Map<String, Long> all() {
        return snapshot(total);
    }

    /** The calls made with an access token of the org (18-character ID). */
    public Map<String, Long> ofOrg(String orgId) {
        return snapshot(byOrg.getOrDefault(orgId, Map.of()));
    }

    public long of(String routeName) {
        LongAdder adder = total.get(routeName);
        return adder == null ? 0 : adder.sum();
    }

    public void reset() {
        total.clear();
        byOrg.clear();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
