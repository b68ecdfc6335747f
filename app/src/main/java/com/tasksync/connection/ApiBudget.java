package com.tasksync.connection;

import com.tasksync.salesforce.client.ApiUsage;
import com.tasksync.salesforce.client.SalesforceClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's use of each org's daily API allocation under the configured share. The
 * allocation comes from the latest {@code Sforce-Limit-Info} the org sent; the engine's own use
 * from {@link ApiCalls}. Until an org's allocation is known, everything is allowed.
 *
 * <p>An org said to be nearly used up stays so only as long as nothing says otherwise, and its use
 * falls as the day rolls on: a node that then held back all its calls would never hear of it. So a
 * verdict of "used up" older than {@link #LOOK_AGAIN_AFTER} is checked once with {@code GET /limits}
 * before the node holds back again (at most once per org and node in that time).
 */
@Component
public class ApiBudget {

    private static final Logger log = LoggerFactory.getLogger(ApiBudget.class);
    private static final double ORG_NEARLY_EXHAUSTED = 0.95;
    public static final Duration LOOK_AGAIN_AFTER = Duration.ofMinutes(1);

    private final ApiCalls calls;
    private final double share;
    private final Clock clock;
    private final Map<String, ApiUsage> latestUsage = new ConcurrentHashMap<>();
    /** When each org's use was last heard of, or last asked for: no second look before a minute has passed. */
    private final Map<String, Instant> heardAt = new ConcurrentHashMap<>();
    /** The orgs this node holds back from now: the first hold is a warning in the log, the end a note. */
    private final java.util.Set<String> holding = ConcurrentHashMap.newKeySet();

    ApiBudget(ApiCalls calls, SalesforceAccessProperties properties, Clock clock) {
        this.calls = calls;
        this.share = properties.apiShare();
        this.clock = clock;
    }

    public void observe(String orgId, ApiUsage usage) {
        latestUsage.put(orgId, usage);
        heardAt.put(orgId, clock.instant());
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
        if (orgNearlyUsedUp(usage)) {
            return 1;
        }
        return pressure(usage, calls.lastDay(orgId));
    }

    private double pressure(ApiUsage usage, long engineCalls) {
        return orgNearlyUsedUp(usage) ? 1 : engineCalls / (usage.max() * share);
    }

    /** The org's whole allocation, by anyone's calls, is at 95 % or more as last heard of. */
    private static boolean orgNearlyUsedUp(ApiUsage usage) {
        return usage != null && usage.max() > 0 && usage.used() >= usage.max() * ORG_NEARLY_EXHAUSTED;
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

    /** Why the engine holds back from an org, for the user's sync problem: a code and its words. */
    public record HoldingBack(String code, String message) {}

    /**
     * Why {@link #allows} says no: the org's whole allocation nearly used up (by anyone), or the
     * engine's own share of it.
     */
    public HoldingBack holdingBack(String orgId) {
        var usage = latestUsage.get(orgId);
        if (orgNearlyUsedUp(usage)) {
            return new HoldingBack("ORG_API_NEARLY_USED", "The org has used nearly all of its daily Salesforce API"
                    + " requests; TaskSync holds back until some free up.");
        }
        return new HoldingBack("API_SHARE_USED", "TaskSync has used its share of the org's daily Salesforce API"
                + " requests and holds back until it frees up.");
    }

    /**
     * Whether the engine may call the org now; when the only reason to hold back is the org's use as
     * last heard of a minute or more ago, first reads it again through {@code client} (one call).
     */
    public boolean allows(String orgId, SalesforceClient client) {
        var allowed = allows(orgId) || lookAgain(orgId, client);
        if (!allowed && holding.add(orgId)) {
            log.warn("Holding back calls to org {}: {}", orgId, holdingBack(orgId).message());
        } else if (allowed && holding.remove(orgId)) {
            log.info("Calling org {} again: its API use allows it", orgId);
        }
        return allowed;
    }

    private boolean lookAgain(String orgId, SalesforceClient client) {
        var usage = latestUsage.get(orgId);
        if (!orgNearlyUsedUp(usage) || !dueForAnotherLook(orgId)) {
            return false;
        }
        try {
            client.limits().dailyApiRequests()
                    .ifPresent(limit -> observe(orgId, new ApiUsage(limit.used(), limit.max())));
        } catch (RuntimeException e) {
            log.info("Reading org {}'s API use again failed ({}); looking again in {}", orgId, e.getMessage(),
                    LOOK_AGAIN_AFTER);
        }
        var allowed = allows(orgId);
        log.info("Org {} had used {} of {} API calls; now {}: {}", orgId, usage.used(), usage.max(),
                latestUsage.get(orgId).used(), allowed ? "calling again" : "still holding back");
        return allowed;
    }

    /** True for one caller per org once a minute has passed since its use was last heard of or asked for. */
    private boolean dueForAnotherLook(String orgId) {
        var now = clock.instant();
        var last = heardAt.get(orgId);
        if (last != null && now.isBefore(last.plus(LOOK_AGAIN_AFTER))) {
            return false;
        }
        return last == null ? heardAt.putIfAbsent(orgId, now) == null : heardAt.replace(orgId, last, now);
    }
}
