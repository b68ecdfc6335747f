package com.tasksync.outbound;

import com.tasksync.connection.ApiMetrics;
import com.tasksync.system.CachedReading;
import com.tasksync.system.MetricsProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The relay's meters. Gauges of the outbox, read from PostgreSQL at most once per refresh: entries
 * waiting and blocked ({@code tasksync.outbox.entries}) and the age of the oldest waiting one
 * ({@code tasksync.outbox.oldest.age}). A counter of how each change sent went, per org and
 * outcome ({@code tasksync.sync.changes}, direction {@code outbound}); records Salesforce refused
 * count under their error codes too ({@link ApiMetrics#countErrors}).
 */
@Component
class OutboundMetrics {

    private final MeterRegistry registry;
    private final ApiMetrics api;

    OutboundMetrics(MeterRegistry registry, OutboxRepository outbox, ApiMetrics api, MetricsProperties properties,
            Clock clock) {
        this.registry = registry;
        this.api = api;
        // held strongly by its gauges: Micrometer keeps a weak reference otherwise, and nothing else holds it
        var depth = new CachedReading<>(outbox::depth, properties.gaugeRefresh());
        Gauge.builder("tasksync.outbox.entries", depth, reading -> reading.get().pending())
                .description("Outbox entries waiting to be sent to Salesforce, or blocked until the task changes")
                .tag("state", "pending").strongReference(true).register(registry);
        Gauge.builder("tasksync.outbox.entries", depth, reading -> reading.get().blocked())
                .description("Outbox entries waiting to be sent to Salesforce, or blocked until the task changes")
                .tag("state", "blocked").strongReference(true).register(registry);
        TimeGauge.builder("tasksync.outbox.oldest.age", depth, TimeUnit.SECONDS, reading -> {
            var oldest = reading.get().oldestPending();
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
        }).description("How long the oldest waiting outbox entry has waited (0 when none waits)")
                .strongReference(true).register(registry);
    }

    /** One change sent (or held back), as the relay recorded it. */
    void recorded(String orgId, Outcome outcome) {
        changes(orgId, name(outcome)).increment();
        var recordErrors = outcome instanceof Outcome.Retry retry ? retry.recordErrors()
                : outcome instanceof Outcome.Rejected rejected ? rejected.recordErrors() : List.<String>of();
        if (!recordErrors.isEmpty()) {
            api.countErrors(orgId, "record", recordErrors);
        }
    }

    private Counter changes(String orgId, String outcome) {
        return Counter.builder("tasksync.sync.changes")
                .description("Task changes sent to or received from Salesforce, by what became of them")
                .tags("direction", "outbound", "outcome", outcome, "org", orgId).register(registry);
    }

    /** The outcome's own name, so tag and type never drift: {@code sent}, {@code call_failed}, {@code over_budget}… */
    static String name(Outcome outcome) {
        return outcome.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
