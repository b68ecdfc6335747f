package com.tasksync.torture.process;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What must be stopped when the harness ends, however it ends: registered actions run once, last
 * registered first, from {@link #runAll} or from the JVM's shutdown hook.
 */
public final class Cleanup {

    private static final Deque<Runnable> ACTIONS = new ArrayDeque<>();
    private static volatile boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            runAll();
        }, "torture-cleanup"));
    }

    private Cleanup() {
    }

    /**
     * Whether the JVM is going down (a signal, the end of main): the processes a run is using are being
     * stopped under it, so whatever that run reports is not about TaskSync and must not be counted.
     */
    public static boolean shuttingDown() {
        return shuttingDown;
    }

    public static synchronized void register(Runnable action) {
        ACTIONS.push(action);
    }

    public static void runAll() {
        while (true) {
            Runnable next;
            synchronized (Cleanup.class) {
                next = ACTIONS.poll();
            }
            if (next == null) {
                return;
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                System.err.println("cleanup step failed: " + e);
            }
        }
    }
}
