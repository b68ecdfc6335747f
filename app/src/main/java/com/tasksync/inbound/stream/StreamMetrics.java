package com.tasksync.inbound.stream;

import com.tasksync.system.CachedReading;
import com.tasksync.system.MetricsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of the orgs' change streams, from the {@code change_stream} table (all nodes), read at most
 * once per refresh: {@code tasksync.sync.stream.state} is 1 for each org's current state ({@code live},
 * {@code connecting}, {@code failed}, …) and {@code tasksync.sync.stream.events} counts the change events
 * applied for the org since its stream began, what TaskSync takes of the org's event delivery;
 * {@code tasksync.sync.stream.missed} counts the changes the safety poll took in that the live stream
 * had not brought (a figure that keeps growing says the stream loses events).
 */
@Component
class StreamMetrics {

    private final CachedReading<List<Row>> rows;
    private final MultiGauge states;
    private final MultiGauge events;
    private final MultiGauge missed;

    StreamMetrics(MeterRegistry registry, JdbcClient jdbc, MetricsProperties properties) {
        this.rows = new CachedReading<>(() -> jdbc.sql("select org_id, state, events, missed from change_stream order by org_id")
                .query((rs, row) -> new Row(rs.getString("org_id"), rs.getString("state"), rs.getLong("events"),
                        rs.getLong("missed")))
                .list(), properties.gaugeRefresh());
        this.states = MultiGauge.builder("tasksync.sync.stream.state")
                .description("1 for the state each org's change stream is in").register(registry);
        this.events = MultiGauge.builder("tasksync.sync.stream.events")
                .description("Change events applied for the org since its stream began (all nodes)").register(registry);
        this.missed = MultiGauge.builder("tasksync.sync.stream.missed")
                .description("Changes the org's safety poll took in that its live change stream had not brought")
                .register(registry);
    }

    /** Brings the gauges up to the table: an org that appeared gets its own, a state that changed moves. */
    void refresh() {
        var now = rows.get();
        states.register(now.stream().filter(row -> row.state() != null).map(row -> MultiGauge.Row.of(
                Tags.of("org", row.orgId(), "state", row.state()), 1)).toList(), true);
        events.register(now.stream().map(row -> MultiGauge.Row.of(Tags.of("org", row.orgId()), row.events()))
                .toList(), true);
        missed.register(now.stream().map(row -> MultiGauge.Row.of(Tags.of("org", row.orgId()), row.missed()))
                .toList(), true);
    }

    private record Row(String orgId, String state, long events, long missed) {}
}
