package com.tasksync.inbound.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reading ahead keeps the order, holds at most its capacity, and hands the source's failure over in its turn. */
class PrefetchedTest {

    @Test
    void givesEveryElementInOrder() {
        var source = IntStream.range(0, 10_000).boxed().toList();
        var read = new ArrayList<Integer>();
        try (var ahead = Prefetched.of(source.iterator(), 100)) {
            ahead.forEachRemaining(read::add);
            assertThat(ahead.hasNext()).isFalse();
        }
        assertThat(read).isEqualTo(source);
    }

    @Test
    void readsNoFurtherAheadThanItsCapacity() throws InterruptedException {
        var taken = new AtomicInteger();
        var source = counting(IntStream.range(0, 1_000).boxed().toList().iterator(), taken);
        try (var ahead = Prefetched.of(source, 10)) {
            assertThat(ahead.next()).isZero();
            var deadline = System.nanoTime() + 5_000_000_000L;
            while (taken.get() < 11 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(100);
            // one handed over, ten waiting in the queue, and at most one taken that waits for room
            assertThat(taken.get()).isBetween(11, 12);
        }
    }

    @Test
    void throwsWhatTheSourceThrewAfterTheElementsBeforeIt() {
        var source = new Iterator<Integer>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == 3) {
                    throw new IllegalStateException("the query page failed");
                }
                return next++;
            }
        };
        var read = new ArrayList<Integer>();
        try (var ahead = Prefetched.of(source, 100)) {
            assertThatThrownBy(() -> ahead.forEachRemaining(read::add)).hasMessage("the query page failed");
        }
        assertThat(read).containsExactly(0, 1, 2);
    }

    private static Iterator<Integer> counting(Iterator<Integer> source, AtomicInteger taken) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public Integer next() {
                taken.incrementAndGet();
                return source.next();
            }
        };
    }
}
