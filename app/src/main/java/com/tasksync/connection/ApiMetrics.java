package com.tasksync.connection;

import com.tasksync.salesforce.client.CallListener;
import com.tasksync.system.CachedReading;
import com.tasksync.system.MetricsProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * What this node hears from each org, as meters tagged by org id: the engine's requests
 * ({@code tasksync.salesforce.api.calls}), the errors Salesforce answers with, by error code
 * ({@code tasksync.salesforce.errors}: whole calls here, refused records from the relay), and the
 * org's API budget (gauges, registered when this node first calls the org). Also keeps, for the
 * health endpoint, when each org last answered a call and its last error.
 */
@Component
public class ApiMetrics {

    private final MeterRegistry registry;
    private final ApiBudget budget;
    private final MetricsProperties properties;
    private final Clock clock;
    private final Map<String, OrgMeters> orgs = new ConcurrentHashMap<>();

    ApiMetrics(MeterRegistry registry, ApiBudget budget, MetricsProperties properties, Clock clock) {
        this.registry = registry;
        this.budget = budget;
        this.properties = properties;
        this.clock = clock;
    }

    /** When the org last answered one of this node's calls, and its last error (both null until then). */
    public record LastAnswer(Instant success, Instant error, String errorCode) {}

    /** One request to the org, as the client's listener heard it. */
    void called(String orgId, CallListener.Call call) {
        var meters = orgs.computeIfAbsent(orgId, this::register);
        ("GET".equals(call.method()) ? meters.reads : meters.writes).increment();
        if (call.errorCode().isPresent()) {
            countErrors(orgId, "call", List.of(call.errorCode().get()));
            meters.lastError = new LastError(clock.instant(), call.errorCode().get());
        } else if (call.status() > 0) {
            meters.lastSuccess = clock.instant();
        }
    }

    /**
     * Counts errors Salesforce gave, one per code: {@code scope} {@code call} for a whole request,
     * {@code record} for one record a collection call refused.
     */
    public void countErrors(String orgId, String scope, Collection<String> codes) {
        codes.forEach(code -> Counter.builder("tasksync.salesforce.errors")
                .description("Errors Salesforce answered with, by its error code")
                .tags("org", orgId, "scope", scope, "code", code)
                .register(registry).increment());
    }

    public Optional<LastAnswer> lastAnswer(String orgId) {
        return Optional.ofNullable(orgs.get(orgId)).map(meters -> {
            var error = meters.lastError;
            return new LastAnswer(meters.lastSuccess, error == null ? null : error.at(),
                    error == null ? null : error.code());
        });
    }

    private OrgMeters register(String orgId) {
        // held strongly by its gauges: Micrometer keeps a weak reference otherwise, and nothing else holds it
        var standing = new CachedReading<>(() -> budget.standing(orgId), properties.gaugeRefresh());
        gauge("tasksync.salesforce.api.day.calls", "The engine's requests to the org in the last 24 hours, all nodes",
                orgId, standing, ApiBudget.Standing::engineCalls);
        gauge("tasksync.salesforce.api.day.share", "The requests a day the engine may make to the org (its share)",
                orgId, standing, ApiBudget.Standing::engineShare);
        gauge("tasksync.salesforce.api.budget.pressure", "Share used, from 0; 1 or more holds writes and polls back",
                orgId, standing, ApiBudget.Standing::pressure);
        gauge("tasksync.salesforce.org.api.used", "The org's API requests in the last 24 hours, all clients",
                orgId, standing, ApiBudget.Standing::orgUsed);
        gauge("tasksync.salesforce.org.api.max", "The org's daily API allocation", orgId, standing,
                ApiBudget.Standing::orgMax);
        return new OrgMeters(calls(orgId, "read"), calls(orgId, "write"));
    }

    private Counter calls(String orgId, String kind) {
        return Counter.builder("tasksync.salesforce.api.calls")
                .description("Requests this node sent to the org's REST API (reads are GET)")
                .tags("org", orgId, "kind", kind).register(registry);
    }

    private void gauge(String name, String description, String orgId, CachedReading<ApiBudget.Standing> standing,
            ToDoubleFunction<ApiBudget.Standing> value) {
        Gauge.builder(name, standing, reading -> value.applyAsDouble(reading.get()))
                .description(description).tag("org", orgId).strongReference(true).register(registry);
    }

    private record LastError(Instant at, String code) {}

    private static final class OrgMeters {
        private final Counter reads;
        private final Counter writes;
        private volatile Instant lastSuccess;
        private volatile LastError lastError;

        private OrgMeters(Counter reads, Counter writes) {
            this.reads = reads;
            this.writes = writes;
        }
    }
}
