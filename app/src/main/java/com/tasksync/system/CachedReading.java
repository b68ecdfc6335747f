package com.tasksync.system;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per refresh interval, for gauges and health: several
 * gauges share one query, and scrapes may come often and from several collectors. A failed read
 * throws and is tried again at the next call.
 */
public final class CachedReading<T> implements Supplier<T> {

    private final Supplier<T> read;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    private Reading<T> last;

    private record Reading<T>(T value, long readAt) {}

    public CachedReading(Supplier<T> read, Duration refresh) {
        this(read, refresh, System::nanoTime);
    }

    CachedReading(Supplier<T> read, Duration refresh, LongSupplier nanoTime) {
        this.read = read;
        this.refreshNanos = refresh.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized T get() {
        var now = nanoTime.getAsLong();
        if (last == null || now - last.readAt() >= refreshNanos) {
            last = new Reading<>(read.get(), now);
        }
        return last.value();
    }
}
