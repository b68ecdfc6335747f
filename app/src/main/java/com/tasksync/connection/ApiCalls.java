package com.tasksync.connection;

import com.tasksync.system.Timestamps;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the engine's own Salesforce API requests per org: in memory as they are sent, and in the
 * {@code api_call_count} table per hour when {@link #flush} runs, so all nodes share one count.
 * The totals since start (reads and writes) also serve tests and benchmarks.
 */
@Component
public class ApiCalls {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, AtomicLong> unflushed = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    ApiCalls(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void count(String orgId, String method) {
        unflushed.computeIfAbsent(orgId, key -> new AtomicLong()).incrementAndGet();
        ("GET".equals(method) ? reads : writes).incrementAndGet();
    }

    /** Requests sent since this node started: all of them, and those that may change data (not GET). */
    public Totals totals() {
        return new Totals(reads.get() + writes.get(), writes.get());
    }

    /** The engine's requests to the org in the last 24 hours, from every node. */
    public long lastDay(String orgId) {
        var since = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(23, ChronoUnit.HOURS);
        var stored = jdbc.sql("select coalesce(sum(calls), 0) from api_call_count where org_id = :org and hour >= :since")
                .param("org", orgId).param("since", Timestamps.utc(since)).query(Long.class).single();
        var pending = unflushed.get(orgId);
        return stored + (pending == null ? 0 : pending.get());
    }

    /**
     * The engine's requests to the org in each of the last {@code hours} hours (all nodes), oldest first,
     * the current hour last and with this node's unflushed count in it; hours without a request count 0.
     */
    public java.util.List<Hour> hourly(String orgId, int hours) {
        var current = clock.instant().truncatedTo(ChronoUnit.HOURS);
        var since = current.minus(hours - 1L, ChronoUnit.HOURS);
        var stored = new java.util.HashMap<java.time.Instant, Long>();
        jdbc.sql("select hour, calls from api_call_count where org_id = :org and hour >= :since")
                .param("org", orgId).param("since", Timestamps.utc(since))
                .query((rs, row) -> stored.put(Timestamps.read(rs, "hour"), rs.getLong("calls"))).list();
        var pending = unflushed.get(orgId);
        var out = new java.util.ArrayList<Hour>(hours);
        for (int i = 0; i < hours; i++) {
            var hour = since.plus(i, ChronoUnit.HOURS);
            var calls = stored.getOrDefault(hour, 0L) + (hour.equals(current) && pending != null ? pending.get() : 0);
            out.add(new Hour(hour, calls));
        }
        return out;
    }

    /** Requests in one hour, from its start. */
    public record Hour(java.time.Instant start, long calls) {}

    /** Adds the counts gathered in memory to the table. */
    public void flush() {
        var hour = Timestamps.utc(clock.instant().truncatedTo(ChronoUnit.HOURS));
        unflushed.forEach((org, counter) -> {
            var calls = counter.getAndSet(0);
            if (calls > 0) {
                jdbc.sql("""
                        insert into api_call_count (org_id, hour, calls) values (:org, :hour, :calls)
                        on conflict (org_id, hour) do update set calls = api_call_count.calls + excluded.calls
                        """).param("org", org).param("hour", hour).param("calls", calls).update();
            }
        });
    }

    /** Request counts since start. */
    public record Totals(long all, long writes) {

        public Totals minus(Totals earlier) {
            return new Totals(all - earlier.all, writes - earlier.writes);
        }
    }
}
