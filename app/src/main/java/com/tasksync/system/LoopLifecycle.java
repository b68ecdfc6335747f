package com.tasksync.system;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.springframework.context.SmartLifecycle;

/**
 * Starts and stops one {@link BackgroundLoop} with the application context, when sync runs in the
 * background ({@code tasksync.sync.background}); tests leave it off and step by hand.
 */
public abstract class LoopLifecycle implements SmartLifecycle {

    private final String name;
    private final Duration idle;
    private final IntSupplier step;
    private final boolean background;
    private volatile BackgroundLoop loop;

    protected LoopLifecycle(String name, Duration idle, IntSupplier step, boolean background) {
        this.name = name;
        this.idle = idle;
        this.step = step;
        this.background = background;
    }

    /** Runs the step now instead of after the idle wait. */
    protected void wake() {
        var current = loop;
        if (current != null) {
            current.wake();
        }
    }

    @Override
    public void start() {
        if (background) {
            loop = new BackgroundLoop(name, idle, step).start();
        }
    }

    @Override
    public void stop() {
        var current = loop;
        loop = null;
        if (current != null) {
            try {
                current.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
