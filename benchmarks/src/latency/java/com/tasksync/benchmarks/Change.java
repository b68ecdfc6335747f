package com.tasksync.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One change made on one side and awaited on the other. The task's due date, unique to it, finds it
 * there; a create counts as arrived once a task with that due date shows, an update once it shows
 * the new subject.
 *
 * @param answeredAt when the call that made the change was answered: the latency counts from here
 */
record Change(Kind kind, LocalDate dueDate, String subject, Instant answeredAt) {

    enum Kind { CREATE, UPDATE }

    /** A task as a side shows it, reduced to what identifies a change. */
    record Shown(LocalDate dueDate, String subject) {
    }

    boolean seenIn(List<Shown> shown) {
        return shown.stream().anyMatch(task -> dueDate.equals(task.dueDate())
                && (kind == Kind.CREATE || subject.equals(task.subject())));
    }
}
