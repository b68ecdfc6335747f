package com.tasksync.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits on a latch from a task that cannot throw checked exceptions (a transaction callback, say). */
public final class Latches {

    private Latches() {
    }

    /** Waits up to 30 s for the latch; fails with {@code what} never happening. */
    public static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
