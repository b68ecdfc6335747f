package com.tasksync.benchmarks;

import com.tasksync.torture.http.Http;
import com.tasksync.torture.tasksync.Credentials;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;

/**
 * One figure of the node's own metrics, read as an admin reads {@code /actuator/prometheus}, every
 * {@code interval} while a scenario runs: each sample kept with its time, and the peak. A sample is
 * a moment; what happens between two samples is missed, so a peak is a lower bound.
 */
final class MetricSampler implements AutoCloseable {

    /** A sample: {@link System#nanoTime()} when read, and the value. */
    record Sample(long nanos, long value) {
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final Thread thread;

    private MetricSampler(String node, Credentials admin, Duration interval, ToLongFunction<String> figure) {
        var http = Http.withoutCookies();
        thread = new Thread(() -> {
            while (running.get()) {
                scrape(http, node, admin).ifPresent(text ->
                        samples.add(new Sample(System.nanoTime(), figure.applyAsLong(text))));
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "metric-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The node's metrics as an admin reads them; empty when the node did not answer them. */
    static java.util.Optional<String> scrape(Http http, String node, Credentials admin) {
        var reply = http.exchange("GET", node + "/actuator/prometheus", Map.of("Authorization", admin.basic()), null);
        return reply.answered() && reply.reply().ok() ? java.util.Optional.of(reply.reply().text())
                : java.util.Optional.empty();
    }

    static MetricSampler start(String node, Credentials admin, Duration interval, ToLongFunction<String> figure) {
        return new MetricSampler(node, admin, interval, figure);
    }

    /** The node's used heap: {@code jvm_memory_used_bytes} of the heap areas, summed. */
    static MetricSampler heap(String node, Credentials admin) {
        return start(node, admin, Duration.ofMillis(250), MetricSampler::heapUsed);
    }

    long peak() {
        return samples.stream().mapToLong(Sample::value).max().orElse(0);
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    static long heapUsed(String prometheus) {
        return sum(prometheus, line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""));
    }

    /** The sum of the values of the lines that pass {@code wanted}. */
    static long sum(String prometheus, java.util.function.Predicate<String> wanted) {
        long total = 0;
        for (var line : prometheus.split("\n")) {
            if (wanted.test(line)) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
    }
}
