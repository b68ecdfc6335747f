package com.tasksync.torture.process;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition with a deadline, checking it at a fixed pace. Used instead of sleeping
 * for a guessed time wherever the harness waits for something to happen.
 */
public final class Deadline {

    private final Instant end;

    private Deadline(Instant end) {
        this.end = end;
    }

    public static Deadline in(Duration timeout) {
        return new Deadline(Instant.now().plus(timeout));
    }

    public boolean passed() {
        return Instant.now().isAfter(end);
    }

    /** True once the condition holds; false when the deadline passed first. */
    public boolean await(BooleanSupplier condition, Duration pace) {
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (passed()) {
                return false;
            }
            pause(pace);
        }
    }

    /** Lets time pass between two checks of a condition, or paces an operation generator. */
    public static void pause(Duration pace) {
        try {
            Thread.sleep(pace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
