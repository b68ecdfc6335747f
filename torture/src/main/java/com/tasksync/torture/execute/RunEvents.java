package com.tasksync.torture.execute;

import com.tasksync.torture.check.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happened while a plan ran, for the figures: operations by outcome, faults by kind, kills,
 * the episodes that stopped sync, and errors of the harness itself.
 */
public final class RunEvents {

    /** How an operation ended. */
    public enum Outcome { ACKNOWLEDGED, REFUSED, ANSWER_LOST, NOT_SENT, SKIPPED }

    private final Map<Outcome, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> faults = new ConcurrentHashMap<>();
    private final AtomicLong kills = new AtomicLong();
    private final List<java.time.Instant> killTimes = new java.util.ArrayList<>();
    private final List<Episode> episodes = new ArrayList<>();
    private final List<String> harnessErrors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();

    public void operation(Outcome outcome) {
        outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
    }

    public void fault(String kind) {
        faults.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    public void kill() {
        kills.incrementAndGet();
        synchronized (this) {
            killTimes.add(java.time.Instant.now());
        }
    }

    /** When nodes were killed. */
    public synchronized List<java.time.Instant> killTimes() {
        return List.copyOf(killTimes);
    }

    public synchronized void episode(Episode episode) {
        episodes.add(episode);
    }

    public synchronized void harnessError(String message) {
        harnessErrors.add(message);
    }

    /** Something worth knowing about the run that is not a violation by itself. */
    public synchronized void note(String message) {
        notes.add(message);
    }

    /** Something a step saw that must not happen (a stream not taken over in time, say), for the findings. */
    public synchronized void violation(String kind, String message) {
        violations.add(new Violation(kind, message));
    }

    public synchronized List<Violation> violations() {
        return List.copyOf(violations);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    public Map<String, Long> outcomes() {
        var copy = new TreeMap<String, Long>();
        outcomes.forEach((outcome, count) -> copy.put(outcome.name().toLowerCase(), count.get()));
        return copy;
    }

    public Map<String, Long> faults() {
        var copy = new TreeMap<String, Long>();
        faults.forEach((kind, count) -> copy.put(kind, count.get()));
        return copy;
    }

    public long kills() {
        return kills.get();
    }

    public synchronized List<Episode> episodes() {
        return List.copyOf(episodes);
    }

    public synchronized List<String> harnessErrors() {
        return List.copyOf(harnessErrors);
    }
}
