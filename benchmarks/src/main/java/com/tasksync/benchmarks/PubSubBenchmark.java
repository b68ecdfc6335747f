package com.tasksync.benchmarks;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.User;
import com.tasksync.salesforce.client.RetryPolicy;
import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenListener;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.pubsub.ChangeEvent;
import com.tasksync.salesforce.client.pubsub.ChangeEventListener;
import com.tasksync.salesforce.client.pubsub.PubSubClient;
import com.tasksync.salesforce.client.pubsub.PubSubEndpoint;
import com.tasksync.salesforce.client.pubsub.ReplayFrom;
import com.tasksync.salesforce.client.pubsub.ReplayId;
import com.tasksync.salesforce.client.pubsub.Subscription;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's Pub/Sub API seen by one subscriber using our client over TLS on loopback: change
 * events per second delivered and decoded (a backlog of Task creates, read from EARLIEST with up
 * to 1,000 events requested at a time), and the latency from a REST create to the subscriber's
 * callback, one write at a time (from sending the request, and from the event's commitTimestamp).
 * One unmeasured throughput run and 200 unmeasured writes warm the JIT first.
 * Run by hand: {@code mvn -q -pl benchmarks -am compile -Ppubsub-benchmark}.
 */
public final class PubSubBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOPIC = "/data/TaskChangeEvent";

    public static void main(String[] args) throws Exception {
        int events = intArg(args, "--events", 20_000);
        int runs = intArg(args, "--runs", 5);
        int samples = intArg(args, "--latency-samples", 1_000);
        Path out = Path.of(stringArg(args, "--out", "benchmarks/results/pubsub.json"));
        try (Emulator emulator = Emulator.builder().start()) {
            Stats throughput = new Stats();
            throughput(emulator, -1, events);
            for (int run = 0; run < runs; run++) {
                throughput.add(throughput(emulator, run, events));
            }
            Latency latency = latency(emulator, samples);
            report(out, events, runs, samples, throughput, latency);
        }
    }

    private record Fixture(Org org, ApiSession rest, SalesforceConnection connection, PubSubEndpoint endpoint) {
    }

    private static Fixture fixture(Emulator emulator, String name) {
        Org org = emulator.directory().createOrg(name, OrgSettings.defaults().withDailyApiRequests(Integer.MAX_VALUE));
        User user = emulator.directory().createUser(org, name.replace(' ', '-') + "@bench.example", "x", null, "Bench",
                "User", "UTC");
        emulator.viewAllData().grant(user, true);
        emulator.changeDataCapture().updateSettings(org, s -> s.withSelectedEntities(Set.of("Task"))
                .withDailyDeliveredEvents(Integer.MAX_VALUE));
        String token = emulator.directory().openSession(user, null).accessToken();
        SalesforceConnection connection = new SalesforceConnection(
                new ConnectionTokens(URI.create(emulator.baseUrl()), token, null),
                current -> {
                    throw new IllegalStateException("the benchmark's session does not expire");
                }, TokenListener.ignoring());
        PubSubEndpoint endpoint = PubSubEndpoint.parse(emulator.pubSub().endpoint())
                .trusting(emulator.pubSub().certificate().pem());
        return new Fixture(org, new ApiSession(emulator.baseUrl(), token), connection, endpoint);
    }

    /** Events per second for one subscriber reading a backlog of {@code events} change events. */
    private static double throughput(Emulator emulator, int run, int events) throws Exception {
        Fixture f = fixture(emulator, "Throughput " + run);
        for (int start = 0; start < events; start += 200) {
            f.rest().createTasks(batch(start, Math.min(events, start + 200)));
        }
        AtomicInteger received = new AtomicInteger();
        Object done = new Object();
        try (PubSubClient pubSub = PubSubClient.connect(f.endpoint(), f.connection(), f.org().id(), RetryPolicy.defaults())) {
            long start = System.nanoTime();
            Subscription[] holder = new Subscription[1];
            holder[0] = pubSub.subscribe(TOPIC, ReplayFrom.earliest(), new Counting(received, done, events, () -> holder[0]));
            holder[0].request(1_000);
            synchronized (done) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                while (received.get() < events && System.nanoTime() < deadline) {
                    TimeUnit.NANOSECONDS.timedWait(done, deadline - System.nanoTime());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            holder[0].close();
            if (received.get() < events) {
                throw new IllegalStateException("received " + received.get() + " of " + events + " events");
            }
            return events / seconds;
        }
    }

    /** Counts events and asks for 100 more after each 100 received, keeping about 1,000 requested. */
    private record Counting(AtomicInteger received, Object done, int expected, java.util.function.Supplier<Subscription> self)
            implements ChangeEventListener {

        @Override
        public void events(List<ChangeEvent> batch, ReplayId latest) {
            int before = received.getAndAdd(batch.size());
            int after = before + batch.size();
            int more = after / 100 - before / 100;
            if (more > 0 && after < expected) {
                self.get().request(more * 100);
            }
            if (after >= expected) {
                synchronized (done) {
                    done.notifyAll();
                }
            }
        }

        @Override
        public void failed(SalesforceApiException cause) {
            throw new IllegalStateException("the subscription failed", cause);
        }
    }

    private record Latency(List<Double> fromRequest, List<Double> fromCommit) {
    }

    /** One create at a time; each waits for its event before the next. */
    private static Latency latency(Emulator emulator, int samples) throws Exception {
        Fixture f = fixture(emulator, "Latency");
        LinkedBlockingQueue<Object[]> arrivals = new LinkedBlockingQueue<>();
        List<Double> fromRequest = new ArrayList<>(samples);
        List<Double> fromCommit = new ArrayList<>(samples);
        try (PubSubClient pubSub = PubSubClient.connect(f.endpoint(), f.connection(), f.org().id(), RetryPolicy.defaults());
                Subscription subscription = pubSub.subscribe(TOPIC, ReplayFrom.latest(), new ChangeEventListener() {
                    @Override
                    public void events(List<ChangeEvent> events, ReplayId latest) {
                        long nanos = System.nanoTime();
                        long millis = System.currentTimeMillis();
                        for (ChangeEvent e : events) {
                            arrivals.add(new Object[] {nanos, millis, e.header().commitTimestamp()});
                        }
                    }

                    @Override
                    public void failed(SalesforceApiException cause) {
                        arrivals.add(new Object[] {cause});
                    }
                })) {
            subscription.request(100);
            while (emulator.pubSub().openStreams(f.org().id()) == 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            int warmup = Math.min(200, samples);
            for (int i = 0; i < warmup + samples; i++) {
                long sent = System.nanoTime();
                f.rest().createTasks(batch(i, i + 1));
                Object[] arrival = arrivals.poll(30, TimeUnit.SECONDS);
                if (arrival == null || arrival.length == 1) {
                    throw new IllegalStateException("no event for write " + i);
                }
                if (i % 50 == 49) {
                    subscription.request(50);
                }
                if (i >= warmup) {
                    fromRequest.add(((Long) arrival[0] - sent) / 1e6);
                    fromCommit.add((double) ((Long) arrival[1] - ((Instant) arrival[2]).toEpochMilli()));
                }
            }
        }
        return new Latency(fromRequest, fromCommit);
    }

    private static ArrayNode batch(int from, int to) {
        ArrayNode records = JSON.createArrayNode();
        for (int i = from; i < to; i++) {
            ObjectNode r = records.addObject();
            r.putObject("attributes").put("type", "Task");
            r.put("Subject", "Follow up with prospect " + i)
                    .put("Description", "Benchmark task number " + i + " with a description of ordinary length.")
                    .put("Status", "Not Started")
                    .put("Priority", i % 3 == 0 ? "High" : "Normal");
        }
        return records;
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void report(Path out, int events, int runs, int samples, Stats throughput, Latency latency)
            throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", "pubsub-change-events");
        root.put("at", Instant.now().toString());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.version"));
        root.put("transport", "gRPC over TLS on loopback, one subscriber using salesforce-client's Subscription");
        ObjectNode t = root.putObject("eventsPerSecondToOneSubscriber");
        t.put("backlogEvents", events);
        t.put("runs", runs);
        t.put("warmupRuns", 1);
        t.put("median", Math.round(throughput.median()));
        t.put("min", Math.round(throughput.min()));
        t.put("max", Math.round(throughput.max()));
        ArrayNode all = t.putArray("values");
        throughput.values().forEach(v -> all.add(Math.round(v)));
        ObjectNode l = root.putObject("restCreateToCallbackMillis");
        l.put("samples", samples);
        l.put("medianFromRequest", round(percentile(latency.fromRequest(), 50)));
        l.put("p99FromRequest", round(percentile(latency.fromRequest(), 99)));
        l.put("medianFromCommitTimestamp", round(percentile(latency.fromCommit(), 50)));
        l.put("p99FromCommitTimestamp", round(percentile(latency.fromCommit(), 99)));
        l.put("note", "fromRequest: sending the REST create to the callback, so it includes the REST call; "
                + "fromCommitTimestamp: the event's commitTimestamp (millisecond clock) to the callback");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static int intArg(String[] args, String name, int fallback) {
        String value = stringArg(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
