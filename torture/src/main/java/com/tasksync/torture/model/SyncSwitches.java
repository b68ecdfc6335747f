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
        if (!last.certain()) {
            return State.UNCLEAR;
        }
        // two switches under way at once (from two workers) end in the order their transactions commit,
        // which their answers do not tell: after opposite ones, the state is not known
        for (var event : events) {
            if (event != last && event.enabled() != last.enabled() && event.sentAt().isBefore(last.doneAt())
                    && event.doneAt().isAfter(last.sentAt())) {
                return State.UNCLEAR;
            }
        }
        return last.enabled() ? State.ON : State.OFF;
    }

    /**
     * The longest stretch within {@code from}..{@code to} during which sync was surely on: after an
     * acknowledged enable had been answered and before the next switch was sent.
     */
    public synchronized Optional<Instant[]> longestOn(Instant from, Instant to) {
        Instant[] best = null;
        Instant onSince = null;
        for (var event : events) {
            if (onSince != null) {
                best = longer(best, clip(onSince, event.sentAt(), from, to));
            }
            onSince = event.enabled() && event.certain() ? event.doneAt() : null;
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

    /** Whether the last switch the rep made turned sync on (false before any). */
    public synchronized boolean lastEnabled() {
        return !events.isEmpty() && events.get(events.size() - 1).enabled();
    }

    /** Whether the last switch was answered: false when its answer was lost, so it may not have taken effect. */
    public synchronized boolean lastCertain() {
        return !events.isEmpty() && events.get(events.size() - 1).certain();
    }
}
