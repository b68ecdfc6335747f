package com.tasksync.benchmarks;

import com.tasksync.torture.http.Http;
import com.tasksync.torture.tasksync.Credentials;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The node's used heap, read from its own metrics ({@code jvm_memory_used_bytes}, heap areas summed,
 * as an admin reads {@code /actuator/prometheus}) every 250 ms while a scenario runs: the peak seen.
 * A sample is a moment; a peak between two samples is missed, so the figure is a lower bound.
 */
final class HeapSampler implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread thread;

    private HeapSampler(String node, Credentials admin) {
        var http = Http.withoutCookies();
        thread = new Thread(() -> {
            while (running.get()) {
                var reply = http.exchange("GET", node + "/actuator/prometheus", Map.of("Authorization", admin.basic()),
                        null);
                if (reply.answered() && reply.reply().ok()) {
                    var used = heapUsed(reply.reply().text());
                    if (used > 0) {
                        peak.accumulateAndGet(used, Math::max);
                        samples.incrementAndGet();
                    }
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static HeapSampler start(String node, Credentials admin) {
        return new HeapSampler(node, admin);
    }

    long peakBytes() {
        return peak.get();
    }

    long samples() {
        return samples.get();
    }

    static long heapUsed(String prometheus) {
        long used = 0;
        for (var line : prometheus.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }

    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
    }
}
