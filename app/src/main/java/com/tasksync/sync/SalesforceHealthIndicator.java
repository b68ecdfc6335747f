package com.tasksync.sync;

import com.tasksync.connection.ApiMetrics;
import com.tasksync.sync.SyncProblem.Source;
import com.tasksync.system.CachedReading;
import com.tasksync.system.MetricsProperties;
import com.tasksync.system.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How each org the engine syncs with is doing, for admins ({@code /actuator/health/salesforce}): its
 * users with sync on, the problems their sync has now (from {@link SyncProblems}, and changes that
 * have waited too long with no failure stored, as {@link SyncHealth} shows them), and when it last
 * answered a call of this node and with what error. Never calls Salesforce: three queries, read at most
 * once per refresh, and what this node has heard. Always UP, as TaskSync itself works whatever an org
 * does; each org's {@code state} uses sync's words: {@code ok}, {@code retrying} while calls fail,
 * {@code degraded} while it only holds work back (the API share, changes waiting).
 */
@Component
class SalesforceHealthIndicator extends AbstractHealthIndicator {

    private final ApiMetrics api;
    private final JdbcClient jdbc;
    private final CachedReading<Map<String, OrgState>> orgs;
    private final java.time.Clock clock;

    SalesforceHealthIndicator(JdbcClient jdbc, ApiMetrics api, MetricsProperties properties, java.time.Clock clock) {
        super("Reading the orgs' sync problems failed");
        this.api = api;
        this.jdbc = jdbc;
        this.clock = clock;
        this.orgs = new CachedReading<>(this::read, properties.gaugeRefresh());
    }

    private record OrgState(long users, List<OrgProblem> problems) {}

    private record OrgProblem(Source source, String code, long users, Instant since) {}

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var details = new TreeMap<String, Object>();
        orgs.get().forEach((orgId, org) -> details.put(orgId, describe(orgId, org)));
        builder.up().withDetail("orgs", details);
    }

    private Map<String, Object> describe(String orgId, OrgState org) {
        var detail = new LinkedHashMap<String, Object>();
        var stops = org.problems().stream()
                .anyMatch(problem -> problem.source() != Source.BUDGET && problem.source() != Source.WAITING);
        detail.put("state", org.problems().isEmpty() ? "ok" : stops ? "retrying" : "degraded");
        detail.put("users", org.users());
        api.lastAnswer(orgId).ifPresent(last -> {
            detail.put("lastSuccessfulCall", last.success() == null ? null : last.success().toString());
            if (last.error() != null) {
                detail.put("lastError", Map.of("code", last.errorCode(), "at", last.error().toString()));
            }
        });
        detail.put("problems", org.problems().stream().map(problem -> Map.of("source", problem.source().value(),
                "code", problem.code(), "users", problem.users(), "since", problem.since().toString())).toList());
        return detail;
    }

    private Map<String, OrgState> read() {
        var users = jdbc.sql("""
                select a.org_id, count(*) as users from sync_account a
                join sync_setting s on s.user_id = a.user_id and s.enabled
                group by a.org_id
                """).query((rs, row) -> Map.entry(rs.getString("org_id"), rs.getLong("users"))).list();
        var problems = jdbc.sql("""
                select a.org_id, p.source, p.code, count(*) as users, min(p.since) as since from sync_problem p
                join sync_account a on a.user_id = p.user_id
                join sync_setting s on s.user_id = p.user_id and s.enabled
                group by a.org_id, p.source, p.code
                order by a.org_id, p.source, p.code
                """).query((rs, row) -> Map.entry(rs.getString("org_id"), new OrgProblem(
                        Source.of(rs.getString("source")), rs.getString("code"), rs.getLong("users"),
                        Timestamps.read(rs, "since")))).list();
        var orgs = new LinkedHashMap<String, OrgState>();
        users.forEach(entry -> orgs.put(entry.getKey(), new OrgState(entry.getValue(), new ArrayList<>())));
        problems.forEach(entry -> orgs.computeIfAbsent(entry.getKey(), org -> new OrgState(0, new ArrayList<>()))
                .problems().add(entry.getValue()));
        WaitingUsers.byOrg(jdbc, clock).forEach(waiting -> orgs.computeIfAbsent(waiting.orgId(),
                org -> new OrgState(0, new ArrayList<>())).problems().add(new OrgProblem(Source.WAITING,
                        "CHANGES_WAITING", waiting.users(), waiting.since())));
        return orgs;
    }
}
