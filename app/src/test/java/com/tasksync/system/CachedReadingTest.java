package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedReadingTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsAgainOnlyOnceTheRefreshIntervalHasPassed() {
        var reading = new CachedReading<>(reads::incrementAndGet, Duration.ofSeconds(5), nanos::get);

        assertThat(reading.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(reading.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(reading.get()).isEqualTo(2);
    }

    @Test
    void readsEveryTimeWithARefreshOfZero() {
        var reading = new CachedReading<>(reads::incrementAndGet, Duration.ZERO, nanos::get);

        reading.get();
        reading.get();

        assertThat(reads).hasValue(2);
    }

    @Test
    void triesAFailedReadAgainAtTheNextCall() {
        var reading = new CachedReading<>(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
            return reads.get();
        }, Duration.ofSeconds(5), nanos::get);

        assertThatThrownBy(reading::get).hasMessage("the database is away");
        assertThat(reading.get()).isEqualTo(2);
    }
}
