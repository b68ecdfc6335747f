package com.tasksync.connection;

import com.tasksync.salesforce.client.CallListener;
import org.springframework.stereotype.Component;

/**
 * Hears every request the engine's Salesforce clients send: counts it for the org's share of the
 * daily allocation ({@link ApiCalls}) and hands the org's usage, as each answer reports it, to the
 * {@link ApiBudget}, and tells the node's meters ({@link ApiMetrics}). Also names the clients in
 * {@code Sforce-Call-Options}.
 */
@Component
public class SalesforceCallCounter {

    private final ApiCalls calls;
    private final ApiBudget budget;
    private final ApiMetrics metrics;
    private final SalesforceAccessProperties properties;

    SalesforceCallCounter(ApiCalls calls, ApiBudget budget, ApiMetrics metrics, SalesforceAccessProperties properties) {
        this.calls = calls;
        this.budget = budget;
        this.metrics = metrics;
        this.properties = properties;
    }

    CallListener forOrg(String orgId) {
        return call -> {
            calls.count(orgId, call.method());
            call.usage().ifPresent(usage -> budget.observe(orgId, usage));
            metrics.called(orgId, call);
        };
    }

    String clientName() {
        return properties.clientName();
    }
}
