package com.tasksync.inbound.apply;

import com.tasksync.mapping.SalesforceTask;
import com.tasksync.sync.SyncLogEntry.Action;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Inbound meters, per org: each Salesforce record a read brought, by what became of it
 * ({@code tasksync.sync.changes}, direction {@code inbound}), and the lag from a change's
 * SystemModstamp in Salesforce to its commit in TaskSync ({@code tasksync.sync.inbound.lag}),
 * measured on Salesforce's clock. Only changes TaskSync took in count for the lag, and not those of
 * the first import, whose records are old by design.
 */
@Component
class InboundMetrics {

    private static final Duration[] LAG_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofMinutes(1),
        Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)};

    private final MeterRegistry registry;
    private final Clock clock;

    InboundMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The observer of one read of the org's records; {@code clockOffset} is Salesforce's clock less ours. */
    InboundRead.Observer observer(String orgId, Action createAction, Duration clockOffset) {
        var outcomes = new EnumMap<Applied, Counter>(Applied.class);
        for (var outcome : Applied.values()) {
            outcomes.put(outcome, changes(orgId, outcome.name().toLowerCase(Locale.ROOT)));
        }
        var setAside = changes(orgId, "set_aside");
        var lag = createAction == Action.IMPORT ? null : Timer.builder("tasksync.sync.inbound.lag")
                .description("From a change's SystemModstamp in Salesforce to its commit in TaskSync")
                .serviceLevelObjectives(LAG_BUCKETS).tag("org", orgId).register(registry);
        return new Observer(outcomes, setAside, lag, clockOffset);
    }

    private Counter changes(String orgId, String outcome) {
        return Counter.builder("tasksync.sync.changes")
                .description("Task changes sent to or received from Salesforce, by what became of them")
                .tags("direction", "inbound", "outcome", outcome, "org", orgId).register(registry);
    }

    private final class Observer implements InboundRead.Observer {

        private final Map<Applied, Counter> outcomes;
        private final Counter setAside;
        private final Timer lag;
        private final Duration clockOffset;

        private Observer(Map<Applied, Counter> outcomes, Counter setAside, Timer lag, Duration clockOffset) {
            this.outcomes = outcomes;
            this.setAside = setAside;
            this.lag = lag;
            this.clockOffset = clockOffset;
        }

        @Override
        public void applied(SalesforceTask remote, Applied outcome) {
            outcomes.get(outcome).increment();
            if (lag != null && outcome.changedTaskSync() && remote.systemModstamp() != null) {
                var salesforceNow = clock.instant().plus(clockOffset);
                var took = Duration.between(remote.systemModstamp(), salesforceNow);
                lag.record(took.isNegative() ? Duration.ZERO : took);
            }
        }

        @Override
        public void setAside(SalesforceTask remote) {
            setAside.increment();
        }
    }
}
