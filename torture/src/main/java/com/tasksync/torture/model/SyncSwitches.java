package com.tasksync.torture.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** When the rep switched sync on and off, to tell whether a TaskSync create happened while sync was on. */
public final class SyncSwitches {

    /** Sync at the time of a create: on, off, or switched while the create was under way. */
    public enum State { ON, OFF, UNCLEAR }

    private final List<SwitchEvent> events = new ArrayList<>();

    public synchronized void add(SwitchEvent event) {
        events.add(event);
    }

    public synchronized State during(Instant sentAt, Instant doneAt) {
        SwitchEvent last = null;
        for (var event : events) {
            var overlaps = event.sentAt().isBefore(doneAt) && event.doneAt().isAfter(sentAt);
            if (overlaps) {
                return State.UNCLEAR;
            }
            if (event.doneAt().isBefore(sentAt) && (last == null || event.doneAt().isAfter(last.doneAt()))) {
                last = event;
            }
        }
        if (last == null) {
            return State.OFF;
        }
        if (!settled(last)) {
            return State.UNCLEAR;
        }
        return last.enabled() ? State.ON : State.OFF;
    }

    /**
     * Whether a switch surely took effect as its answer says: it was answered, and no opposite switch was under
     * way at the same time. Two switches under way at once (from two workers or two tabs) end in the order their
     * transactions commit, which their answers do not tell: the one answered last may have committed first.
     */
    private boolean settled(SwitchEvent switched) {
        if (!switched.certain()) {
            return false;
        }
        for (var event : events) {
            if (event != switched && event.enabled() != switched.enabled()
                    && event.sentAt().isBefore(switched.doneAt()) && event.doneAt().isAfter(switched.sentAt())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest stretch within {@code from}..{@code to} during which sync was surely on: after an
     * enable had {@linkplain #settled settled} and before the next switch was sent.
     */
    public synchronized Optional<Instant[]> longestOn(Instant from, Instant to) {
        Instant[] best = null;
        Instant onSince = null;
        var answered = events.stream().sorted(java.util.Comparator.comparing(SwitchEvent::doneAt)).toList();
        for (var event : answered) {
            if (onSince != null) {
                best = longer(best, clip(onSince, event.sentAt(), from, to));
            }
            onSince = event.enabled() && settled(event) ? event.doneAt() : null;
        }
        if (onSince != null) {
            best = longer(best, clip(onSince, to, from, to));
        }
        return Optional.ofNullable(best);
    }

    private static Instant[] clip(Instant start, Instant end, Instant from, Instant to) {
        var a = start.isAfter(from) ? start : from;
        var b = end.isBefore(to) ? end : to;
        return a.isBefore(b) ? new Instant[] {a, b} : null;
    }

    private static Instant[] longer(Instant[] current, Instant[] candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        return java.time.Duration.between(candidate[0], candidate[1])
                .compareTo(java.time.Duration.between(current[0], current[1])) > 0 ? candidate : current;
    }

    /** Every switch, in the order recorded, for a finding's message. */
    public synchronized String describe() {
        return events.stream().map(SwitchEvent::describe).toList().toString();
    }

    /**
     * Whether sync is surely on after the last switch: the switch answered last turned it on, and it
     * {@linkplain #settled settled} (false before any switch).
     */
    public synchronized boolean surelyOn() {
        return during(Instant.MAX, Instant.MAX) == State.ON;
    }
}
