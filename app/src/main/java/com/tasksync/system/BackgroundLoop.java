package com.tasksync.system;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one synchronous step over and over on its own daemon thread: again at once while the step
 * reports work done, otherwise after {@code idle} or as soon as {@link #wake} is called. A failing
 * step is logged and the loop goes on.
 */
public final class BackgroundLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

    private final String name;
    private final IntSupplier step;
    private final Duration idle;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean wakeRequested;

    public BackgroundLoop(String name, Duration idle, IntSupplier step) {
        this.name = name;
        this.idle = idle;
        this.step = step;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    public BackgroundLoop start() {
        thread.start();
        return this;
    }

    public void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        wake();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void run() {
        while (running) {
            int done;
            try {
                done = step.getAsInt();
            } catch (RuntimeException e) {
                log.warn("The {} step failed; trying again", name, e);
                done = 0;
            }
            if (done == 0) {
                await();
            }
        }
    }

    private void await() {
        lock.lock();
        try {
            if (!wakeRequested) {
                woken.await(idle.toMillis(), TimeUnit.MILLISECONDS);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
