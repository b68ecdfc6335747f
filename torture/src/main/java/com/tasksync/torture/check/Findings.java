package com.tasksync.torture.check;

import java.util.ArrayList;
import java.util.List;

/** Violations found by the checks, findings that are documented limits rather than violations, and notes. */
public final class Findings {

    private final List<Violation> violations = new ArrayList<>();
    private final List<Violation> knownLimits = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public synchronized void violation(String kind, String message) {
        violations.add(new Violation(kind, message));
    }

    public synchronized void knownLimit(String kind, String message) {
        knownLimits.add(new Violation(kind, message));
    }

    public synchronized void note(String message) {
        notes.add(message);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    public synchronized List<Violation> violations() {
        return List.copyOf(violations);
    }

    public synchronized List<Violation> knownLimits() {
        return List.copyOf(knownLimits);
    }

    public synchronized boolean has(String kind) {
        return violations.stream().anyMatch(violation -> violation.kind().equals(kind));
    }
}
