package com.tasksync.sync;

import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.system.CachedReading;
import com.tasksync.system.MetricsProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of where users' sync stands, read from PostgreSQL at most once per refresh: users with sync
 * on per stored state ({@code tasksync.sync.users}; {@code importing} counts the first syncs under
 * way), the records those first syncs have read and expect ({@code tasksync.sync.import.records}),
 * and users whose sync has a problem now, per part of the engine ({@code tasksync.sync.problems};
 * {@code waiting} counts users whose changes have waited too long with no failure to show for it).
 */
@Component
class SyncMetrics {

    private static final List<SyncState> STORED = List.of(SyncState.IMPORTING, SyncState.SYNCING, SyncState.ERROR,
            SyncState.RECONNECT, SyncState.ORG_CHANGED);

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    SyncMetrics(MeterRegistry registry, JdbcClient jdbc, MetricsProperties properties, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // held strongly by its gauges: Micrometer keeps a weak reference otherwise, and nothing else holds it
        var standing = new CachedReading<>(this::read, properties.gaugeRefresh());
        for (var state : STORED) {
            Gauge.builder("tasksync.sync.users", standing, reading -> reading.get().users(state))
                    .description("Users with sync on, by the state their sync is in")
                    .tag("state", state.value()).strongReference(true).register(registry);
        }
        Gauge.builder("tasksync.sync.import.records", standing, reading -> reading.get().importRead())
                .description("Salesforce records the first syncs under way have read, and expect in all")
                .tag("progress", "read").strongReference(true).register(registry);
        Gauge.builder("tasksync.sync.import.records", standing, reading -> reading.get().importTotal())
                .description("Salesforce records the first syncs under way have read, and expect in all")
                .tag("progress", "total").strongReference(true).register(registry);
        for (var source : List.of(Source.OUTBOUND, Source.INBOUND, Source.FIRST_SYNC, Source.BUDGET, Source.WAITING)) {
            Gauge.builder("tasksync.sync.problems", standing, reading -> reading.get().problems(source))
                    .description("Users with sync on whose sync has a problem now, by the part of the engine")
                    .tag("source", source.value()).strongReference(true).register(registry);
        }
    }

    /** Users with sync on per state, the first syncs' records read and expected, users with a problem per part. */
    private record Standing(List<StateRow> states, Map<String, Long> bySource) {

        double users(SyncState state) {
            return states.stream().filter(row -> row.state().equals(state.value())).mapToLong(StateRow::users).sum();
        }

        double importRead() {
            return importing().mapToLong(StateRow::done).sum();
        }

        double importTotal() {
            return importing().mapToLong(StateRow::total).sum();
        }

        double problems(Source source) {
            return bySource.getOrDefault(source.value(), 0L);
        }

        private Stream<StateRow> importing() {
            return states.stream().filter(row -> row.state().equals(SyncState.IMPORTING.value()));
        }
    }

    private record StateRow(String state, long users, long done, long total) {}

    private Standing read() {
        var states = jdbc.sql("""
                select state, count(*) as users, coalesce(sum(progress_done), 0) as done,
                    coalesce(sum(progress_total), 0) as total
                from sync_setting where enabled group by state
                """).query((rs, row) -> new StateRow(rs.getString("state"), rs.getLong("users"), rs.getLong("done"),
                        rs.getLong("total"))).list();
        var bySource = jdbc.sql("""
                select p.source, count(*) as users from sync_problem p
                join sync_setting s on s.user_id = p.user_id and s.enabled
                group by p.source
                """).query((rs, row) -> Map.entry(rs.getString("source"), rs.getLong("users"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // changes waiting too long with no failure stored: computed, as GET /api/sync computes it
        bySource = new java.util.HashMap<>(bySource);
        bySource.put(Source.WAITING.value(), WaitingUsers.byOrg(jdbc, clock).stream().mapToLong(WaitingUsers.InOrg::users)
                .sum());
        return new Standing(states, bySource);
    }
}
