package com.tasksync.system;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.springframework.context.SmartLifecycle;

/**
 * Starts and stops {@link BackgroundLoop}s of one step with the application context (one, or several
 * that run the step side by side), when sync runs in the background ({@code tasksync.sync.background});
 * tests leave it off and step by hand.
 */
public abstract class LoopLifecycle implements SmartLifecycle {

    private final String name;
    private final Duration idle;
    private final IntSupplier step;
    private final boolean background;
    private final int loops;
    private volatile java.util.List<BackgroundLoop> running;

    protected LoopLifecycle(String name, Duration idle, IntSupplier step, boolean background) {
        this(name, idle, step, background, 1);
    }

    /** {@code loops} threads running the step side by side; the step must be safe to run so. */
    protected LoopLifecycle(String name, Duration idle, IntSupplier step, boolean background, int loops) {
        this.name = name;
        this.idle = idle;
        this.step = step;
        this.background = background;
        this.loops = loops;
    }

    /** Runs the step now instead of after the idle wait, on every loop. */
    protected void wake() {
        var current = running;
        if (current != null) {
            current.forEach(BackgroundLoop::wake);
        }
    }

    @Override
    public void start() {
        if (background) {
            running = java.util.stream.IntStream.rangeClosed(1, loops)
                    .mapToObj(n -> new BackgroundLoop(loops == 1 ? name : name + "-" + n, idle, step).start())
                    .toList();
        }
    }

    @Override
    public void stop() {
        var current = running;
        running = null;
        if (current != null) {
            for (var loop : current) {
                try {
                    loop.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
