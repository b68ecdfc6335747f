package com.tasksync.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** A due date no other task of the run has, so that a read by due date finds exactly one task. */
final class DueDates {

    private static final LocalDate FIRST = LocalDate.of(2031, 1, 1);

    private final AtomicInteger used = new AtomicInteger();

    LocalDate next() {
        return FIRST.plusDays(used.getAndIncrement());
    }
}
