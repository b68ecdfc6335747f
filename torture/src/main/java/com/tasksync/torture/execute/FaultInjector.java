package com.tasksync.torture.execute;

import com.tasksync.torture.plan.FaultKind;
import com.tasksync.torture.plan.FaultStep;
import com.tasksync.torture.salesforce.EmulatorAdmin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/**
 * Injects a plan's faults through the emulator's admin API and takes held ones away again: by
 * their timer, by a {@code FaultsOff} step, or all at once when the run ends. Faults that stop
 * all sync are recorded as episodes for the visibility check.
 */
public final class FaultInjector implements AutoCloseable {

    private final EmulatorAdmin admin;
    private final String orgId;
    private final RunEvents events;
    private final NodeLogs logs;
    private final Map<FaultKind, List<String>> held = new ConcurrentHashMap<>();
    private final Map<FaultKind, EpisodeStart> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private volatile Long usageBefore;
    /** How long a request-limit episode's answers say "nearly used up" before calls are refused. */
    private static final java.time.Duration CLIMB = java.time.Duration.ofSeconds(2);

    public FaultInjector(EmulatorAdmin admin, String orgId, RunEvents events, NodeLogs logs) {
        this.admin = admin;
        this.orgId = orgId;
        this.events = events;
        this.logs = logs;
    }

    private record EpisodeStart(Instant at, Map<Integer, Long> logSizes) {
    }

    public void start(FaultStep step) {
        var kind = step.kind();
        var random = new SplittableRandom(step.seed());
        events.fault(kind.label());
        if (kind.blocksSync()) {
            open.putIfAbsent(kind, new EpisodeStart(Instant.now(), logs.sizes()));
        }
        if (kind == FaultKind.REQUEST_LIMIT) {
            var org = admin.org(orgId);
            var allocation = org.path("settings").path("dailyApiRequests").asLong();
            synchronized (this) {
                if (usageBefore == null) {
                    usageBefore = org.path("apiUsage").asLong();
                }
                // as a real org's use climbs: first answers that go through but say the allocation is nearly
                // used up, then calls refused
                admin.setApiUsage(orgId, allocation * 96 / 100);
            }
            timer.schedule(() -> limitReached(allocation), CLIMB.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            var ids = new ArrayList<String>();
            for (var rule : rules(kind, random, step.seed())) {
                ids.add(admin.addFault(rule));
            }
            held.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(ids);
        }
        if (!step.holdFor().isZero()) {
            timer.schedule(() -> stop(kind), step.holdFor().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The org's use reaches its allocation, unless the episode ended meanwhile. */
    private synchronized void limitReached(long allocation) {
        if (usageBefore != null && open.containsKey(FaultKind.REQUEST_LIMIT)) {
            admin.setApiUsage(orgId, allocation);
        }
    }

    public synchronized void stop(FaultKind kind) {
        var ids = held.remove(kind);
        if (ids != null) {
            ids.forEach(admin::removeFault);
        }
        if (kind == FaultKind.REQUEST_LIMIT && usageBefore != null) {
            admin.setApiUsage(orgId, usageBefore);
            usageBefore = null;
        }
        var started = open.remove(kind);
        if (started != null) {
            events.episode(new Episode(kind, started.at(), Instant.now(), started.logSizes(), logs.sizes()));
        }
    }

    /** Ends every fault: the run is over. */
    public synchronized void stopAll() {
        timer.shutdownNow();
        List.copyOf(open.keySet()).forEach(this::stop);
        held.clear();
        admin.clearFaults();
        if (usageBefore != null) {
            admin.setApiUsage(orgId, usageBefore);
            usageBefore = null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static List<ObjectNode> rules(FaultKind kind, SplittableRandom random, long seed) {
        var writesOrQueries = random.nextBoolean() ? FaultRules.WRITES : FaultRules.QUERIES;
        return switch (kind) {
            case WRITE_503 -> List.of(FaultRules.status(FaultRules.WRITES, 503, "SERVER_UNAVAILABLE",
                    "Server unavailable, try later").put("times", random.nextInt(1, 4)));
            case UNABLE_TO_LOCK_ROW -> List.of(FaultRules.status(FaultRules.WRITES, 500, "UNABLE_TO_LOCK_ROW",
                    "unable to obtain exclusive access to this record").put("times", random.nextInt(1, 3)));
            case FLAKY_WRITES -> List.of(FaultRules.status(FaultRules.WRITES, 503, "SERVER_UNAVAILABLE",
                    "Server unavailable, try later").put("probability", 0.5).put("seed", seed));
            case QUERY_503 -> List.of(FaultRules.status(FaultRules.QUERIES, 503, "SERVER_UNAVAILABLE",
                    "Server unavailable, try later").put("times", random.nextInt(1, 4)));
            case INVALID_SESSION -> List.of(FaultRules.status(writesOrQueries, 401, "INVALID_SESSION_ID",
                    "Session expired or invalid").put("times", 2));
            case LOSE_RESPONSE -> List.of(FaultRules.of("lose-response", FaultRules.WRITES).put("times", 1));
            case DROP -> List.of(FaultRules.of("drop", writesOrQueries).put("times", 1));
            case LATENCY -> List.of(FaultRules.latency(FaultRules.WRITES, 4000));
            case OUTAGE -> List.of(FaultRules.status(FaultRules.ALL_DATA, 503, "SERVER_UNAVAILABLE",
                    "Server unavailable, try later"));
            case REQUEST_LIMIT -> List.of();
        };
    }
}
