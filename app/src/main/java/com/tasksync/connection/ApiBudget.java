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
        return pressure(usage, calls.lastDay(orgId));
    }

    private double pressure(ApiUsage usage, long engineCalls) {
        return usage.used() >= usage.max() * ORG_NEARLY_EXHAUSTED ? 1 : engineCalls / (usage.max() * share);
    }

    /**
     * Where the org stands, for metrics: the engine's calls of the last day (all nodes), the share of
     * the allocation it may use, the org's whole use and allocation as Salesforce last reported them
     * (NaN until an answer said), and the {@link #pressure}.
     */
    public Standing standing(String orgId) {
        var usage = latestUsage.get(orgId);
        var engineCalls = calls.lastDay(orgId);
        if (usage == null || usage.max() == 0) {
            return new Standing(engineCalls, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Standing(engineCalls, usage.max() * share, usage.used(), usage.max(), pressure(usage, engineCalls));
    }

    /** An org's standing against its budget; see {@link #standing}. */
    public record Standing(long engineCalls, double engineShare, double orgUsed, double orgMax, double pressure) {}

    /** Shares the calls counted on this node with the others (the counts go to the database). */
    public void flush() {
        calls.flush();
    }

    public boolean allows(String orgId) {
        return pressure(orgId) < 1;
    }
}
