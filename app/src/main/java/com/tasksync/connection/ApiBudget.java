package com.tasksync.connection;

import com.tasksync.salesforce.client.ApiUsage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's use of each org's daily API allocation under the configured share. The
 * allocation comes from the latest {@code Sforce-Limit-Info} the org sent; the engine's own use
 * from {@link ApiCalls}. Until an org's allocation is known, everything is allowed.
 */
@Component
public class ApiBudget {

    private static final double ORG_NEARLY_EXHAUSTED = 0.95;

    private final ApiCalls calls;
    private final double share;
    private final Map<String, ApiUsage> latestUsage = new ConcurrentHashMap<>();

    ApiBudget(ApiCalls calls, SalesforceAccessProperties properties) {
        this.calls = calls;
        this.share = properties.apiShare();
    }

    public void observe(String orgId, ApiUsage usage) {
        latestUsage.put(orgId, usage);
    }

    /**
     * How much of its share the engine has used in the last day, from 0; 1 or more means none is
     * left. An org whose whole allocation is nearly gone counts as used up too.
     */
    public double pressure(String orgId) {
        var usage = latestUsage.get(orgId);
        if (usage == null || usage.max() == 0) {
            return 0;
        }
        if (usage.used() >= usage.max() * ORG_NEARLY_EXHAUSTED) {
            return 1;
        }
        return calls.lastDay(orgId) / (usage.max() * share);
    }

    public boolean allows(String orgId) {
        return pressure(orgId) < 1;
    }
}
