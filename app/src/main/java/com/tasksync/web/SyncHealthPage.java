package com.tasksync.web;

import com.tasksync.connection.ApiBudget;
import com.tasksync.connection.ApiCalls;
import com.tasksync.connection.Connections;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.sync.OrgReading;
import com.tasksync.sync.OrgReadings;
import com.tasksync.sync.SyncAttention;
import com.tasksync.sync.SyncSettings;
import com.tasksync.sync.SyncStatus;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.UserAccount;
import com.tasksync.user.Users;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For admins, Sync health: per org how its changes are read, the change stream, the API calls TaskSync
 * made in each of the last 24 hours against the org's daily allocation and TaskSync's share of it, and
 * the change events the org can still deliver today (from the integration user's last check); per rep
 * the sync state, the last sync, what failed and since when, with Retry.
 */
@Controller
class SyncHealthPage {

    static final int HOURS = 24;
    static final int CHART_HEIGHT = 40;
    static final int BAR_WIDTH = 10;

    private final Users users;
    private final Connections connections;
    private final SyncSettings sync;
    private final OrgIntegrations integrations;
    private final ObjectProvider<OrgReadings> readings;
    private final ApiCalls calls;
    private final ApiBudget budget;
    private final Words words;
    private final ObjectProvider<SyncAttention> attention;

    SyncHealthPage(Users users, Connections connections, SyncSettings sync, OrgIntegrations integrations,
            ObjectProvider<OrgReadings> readings, ApiCalls calls, ApiBudget budget, Words words,
            ObjectProvider<SyncAttention> attention) {
        this.words = words;
        this.attention = attention;
        this.users = users;
        this.connections = connections;
        this.sync = sync;
        this.integrations = integrations;
        this.readings = readings;
        this.calls = calls;
        this.budget = budget;
    }

    /** One bar of the chart: its left edge, its height and what it says on hover and to screen readers. */
    record Bar(int x, int height, String label) {
    }

    /** One org on the page; {@code events} is the check's line on change events, in the page's language. */
    record OrgHealth(String orgId, long reps, OrgReading reading, long callsToday, String allocation,
            List<Bar> bars, String chartLabel, SalesforceAdminPage.CheckLine events,
            java.time.Instant eventsCheckedAt) {
    }

    /** Records set aside shown per rep; the rest are counted. */
    static final int SET_ASIDE_SHOWN = 5;

    /** One rep on the page, with the first of their records set aside and why. */
    record RepHealth(UUID userId, String email, String orgId, SyncStatus status,
            List<SyncAttention.SetAsideRecord> setAside) {

        public long setAsideNotShown() {
            return Math.max(0, status.recordsSetAside() - setAside.size());
        }

        public boolean needsRetry() {
            return status.problem() != null || status.tasksInError() > 0 || status.recordsSetAside() > 0;
        }
    }

    @GetMapping("/admin/sync-health")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        var zone = users.timeZoneOf(user.id());
        model.addAttribute("zone", zone);
        var reps = connections.usersByOrg();
        var orgIds = new TreeSet<>(reps.keySet());
        integrations.all().forEach(integration -> orgIds.add(integration.orgId()));
        var reading = readings.getIfAvailable();
        var orgs = new ArrayList<OrgHealth>();
        for (var orgId : orgIds) {
            orgs.add(org(orgId, reps.getOrDefault(orgId, 0L), reading == null ? null : reading.of(orgId), zone));
        }
        model.addAttribute("orgs", orgs);
        var rows = new ArrayList<RepHealth>();
        for (UserAccount account : users.list()) {
            var connection = connections.find(account.id()).orElse(null);
            var status = sync.status(account.id());
            if (connection == null && !status.enabled()) {
                continue;
            }
            var attention = status.recordsSetAside() > 0 ? this.attention.getIfAvailable() : null;
            rows.add(new RepHealth(account.id(), account.email(),
                    connection == null ? null : connection.organizationId(), status,
                    attention == null ? List.of() : attention.setAside(account.id(), SET_ASIDE_SHOWN)));
        }
        model.addAttribute("reps", rows);
        model.addAttribute("chartHeight", CHART_HEIGHT);
        model.addAttribute("chartWidth", HOURS * BAR_WIDTH);
        return "sync-health";
    }

    @PostMapping("/admin/sync-health/{userId}/retry")
    String retry(@PathVariable UUID userId, RedirectAttributes flash) {
        var account = users.get(userId);
        sync.retry(userId);
        flash.addFlashAttribute("notice", words.get("admin.notice.retry", account.email()));
        return "redirect:/admin/sync-health";
    }

    private OrgHealth org(String orgId, long reps, OrgReading reading, ZoneId zone) {
        var hours = calls.hourly(orgId, HOURS);
        var standing = budget.standing(orgId);
        var highest = hours.stream().mapToLong(ApiCalls.Hour::calls).max().orElse(0);
        var format = DateTimeFormatter.ofPattern("HH:00").withZone(zone);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < hours.size(); i++) {
            var hour = hours.get(i);
            var height = highest == 0 ? 0 : (int) Math.max(hour.calls() > 0 ? 1 : 0,
                    Math.round((double) hour.calls() * CHART_HEIGHT / highest));
            bars.add(new Bar(i * BAR_WIDTH, height, words.get("admin.health.bar", format.format(hour.start()),
                    hour.calls())));
        }
        // Whole calls, rounded half up, written as the page's language groups digits.
        String allocation = Double.isNaN(standing.orgMax()) ? null
                : words.get("admin.health.allocation", words.number(Math.round(standing.orgUsed())),
                        words.number(Math.round(standing.orgMax())), words.number(Math.round(standing.engineShare())));
        var chartLabel = words.get("admin.health.chart", highest);
        var integration = integrations.find(orgId).orElse(null);
        var check = integration == null ? null : integration.check();
        return new OrgHealth(orgId, reps, reading, standing.engineCalls(), allocation, bars, chartLabel,
                check == null ? null : SalesforceAdminPage.EngineText.line(check.line("event-headroom"), words),
                check == null ? null : check.checkedAt());
    }
}
