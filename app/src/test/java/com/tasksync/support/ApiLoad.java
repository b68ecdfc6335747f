package com.tasksync.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small load client for measuring what authentication costs, not a test: N clients call one
 * URL in a loop for a while with the given {@code Authorization} header, then it prints
 * requests per second and latency percentiles. Runs on the JDK alone:
 * {@code java app/src/test/java/com/tasksync/support/ApiLoad.java URL AUTHORIZATION CLIENTS SECONDS}.
 */
public final class ApiLoad {

    private ApiLoad() {}

    public static void main(String[] args) throws Exception {
        var url = URI.create(args[0]);
        var authorization = args[1];
        var clients = Integer.parseInt(args[2]);
        var duration = Duration.ofSeconds(Long.parseLong(args[3]));
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = HttpRequest.newBuilder(url).header("Authorization", authorization)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();

        run(http, request, clients, Duration.ofSeconds(3));
        var result = run(http, request, clients, duration);
        var latencies = result.latenciesNanos();
        Collections.sort(latencies);
        System.out.printf("clients=%d seconds=%d requests=%d non2xx=%d%n", clients, duration.toSeconds(),
                latencies.size(), result.failures());
        System.out.printf("requests/s=%.1f p50=%.1fms p99=%.1fms max=%.1fms%n",
                latencies.size() / (double) duration.toSeconds(), millis(latencies, 0.50), millis(latencies, 0.99),
                millis(latencies, 1.0));
    }

    private record Result(List<Long> latenciesNanos, long failures) {}

    private static Result run(HttpClient http, HttpRequest request, int clients, Duration duration) throws Exception {
        var deadline = System.nanoTime() + duration.toNanos();
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new AtomicLong();
        var pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        var start = System.nanoTime();
                        try {
                            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() / 100 != 2) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - start);
                    }
                    return null;
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        }
        return new Result(new ArrayList<>(latencies), failures.get());
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        var index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
