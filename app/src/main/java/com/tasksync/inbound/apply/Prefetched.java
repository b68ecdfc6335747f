package com.tasksync.inbound.apply;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.MDC;

/**
 * Reads ahead of its reader: a thread of its own takes elements from the source (whose next query page
 * Salesforce is asked for meanwhile) into a bounded queue while the reader applies what came before, so
 * a read waits for Salesforce and for the database at the same time instead of one after the other.
 * Memory stays bounded by the queue; what the source throws is thrown to the reader in its turn.
 * Closing stops the thread; the caller still closes the source.
 */
final class Prefetched<T> implements Iterator<T>, AutoCloseable {

    private static final Object END = new Object();

    private record Failure(RuntimeException error) {}

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private Object next;

    private Prefetched(Iterator<T> source, int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
        var context = MDC.getCopyOfContextMap();
        thread = new Thread(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                while (source.hasNext()) {
                    queue.put(source.next());
                }
                queue.put(END);
            } catch (InterruptedException e) {
                // the reader stopped
            } catch (RuntimeException e) {
                try {
                    queue.put(new Failure(e));
                } catch (InterruptedException stopped) {
                    // the reader stopped
                }
            }
        }, "inbound-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts reading {@code source} ahead, at most {@code capacity} elements. */
    static <T> Prefetched<T> of(Iterator<T> source, int capacity) {
        return new Prefetched<>(source, capacity);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading from Salesforce", e);
            }
        }
        if (next instanceof Failure failure) {
            next = END;
            throw failure.error();
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        var element = (T) next;
        next = null;
        return element;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
