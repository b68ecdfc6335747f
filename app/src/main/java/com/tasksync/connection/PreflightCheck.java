package com.tasksync.connection;

import com.tasksync.connection.IntegrationCheck.Line;
import com.tasksync.connection.IntegrationCheck.Outcome;
import com.tasksync.mapping.SalesforceTaskWriter;
import com.tasksync.salesforce.client.OrgLimits;
import com.tasksync.salesforce.client.SObjectDescription;
import com.tasksync.salesforce.client.SalesforceClient;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.soql.Soql;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks an org's integration user before org-level reads rely on it, and says what it found line by
 * line in an admin's words: the API works and Task can be read; View All Data (without it a user
 * sees only the tasks sharing lets it see, and cannot receive Task change events); Task selected for
 * Change Data Capture (read from the Tooling API's PlatformEventChannelMember, which needs View
 * Setup and Configuration); the external ID field; API calls and event deliveries left today; and the
 * Status and Priority values TaskSync writes. Each line is read from Salesforce; nothing is assumed.
 */
@Component
public class PreflightCheck {

    /** The Priority values the writer sends, one per TaskSync priority. */
    static final List<String> PRIORITIES = SalesforceTaskWriter.priorityValues();
    private static final double LOW_HEADROOM = 0.1;

    private final SalesforceAccessProperties properties;
    private final Clock clock;

    PreflightCheck(SalesforceAccessProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public IntegrationCheck run(IntegrationClient integration) {
        var client = integration.reader().client();
        var lines = new ArrayList<Line>();
        SObjectDescription task;
        try {
            task = client.describe("Task");
            lines.add(new Line("api", "API access", Outcome.PASS, integration.username()
                    + " can use Salesforce's API and read tasks."));
        } catch (SalesforceApiException e) {
            lines.add(new Line("api", "API access", Outcome.FAIL, "Salesforce refused " + integration.username()
                    + ": " + said(e) + ". The integration user needs the API Enabled permission and Read on Task."));
            return new IntegrationCheck(clock.instant(), lines, false, false);
        }
        var viewAll = viewAllData(client, integration);
        lines.add(viewAll);
        var changeEvents = changeDataCapture(client);
        lines.add(changeEvents);
        lines.add(externalId(task));
        limits(client, lines);
        lines.add(statuses(client));
        lines.add(priorities(task));
        var readsOrg = viewAll.outcome() == Outcome.PASS;
        return new IntegrationCheck(clock.instant(), lines, readsOrg,
                readsOrg && changeEvents.outcome() == Outcome.PASS);
    }

    /** Only the View All Data line, for the engine's periodic confirmation: one query. */
    public Line viewAllData(IntegrationClient integration) {
        return viewAllData(integration.reader().client(), integration);
    }

    private static Line viewAllData(SalesforceClient client, IntegrationClient integration) {
        var title = "View All Data";
        try (var rows = client.query(Soql.of("SELECT PermissionSet.Label, PermissionSet.IsOwnedByProfile,"
                + " PermissionSet.PermissionsViewAllData FROM PermissionSetAssignment WHERE AssigneeId = :user")
                .bind("user", integration.salesforceUserId()))) {
            var granting = rows.map(row -> row.related("PermissionSet"))
                    .flatMap(Optional::stream)
                    .filter(set -> Boolean.TRUE.equals(set.bool("PermissionsViewAllData")))
                    .map(set -> Boolean.TRUE.equals(set.bool("IsOwnedByProfile")) ? "its profile"
                            : "the permission set " + set.string("Label"))
                    .findFirst();
            if (granting.isPresent()) {
                return new Line("view-all-data", title, Outcome.PASS, "Granted through " + granting.get()
                        + ": the integration user sees every rep's tasks and may receive Task change events.");
            }
            return new Line("view-all-data", title, Outcome.FAIL, "Not granted. Without it Salesforce shows "
                    + integration.username() + " only the tasks sharing lets it see, so other reps' tasks would be"
                    + " missed, and it cannot receive Task change events. Grant View All Data in its profile or a"
                    + " permission set; until then TaskSync reads each rep's tasks with the rep's own session.");
        } catch (SalesforceApiException e) {
            return new Line("view-all-data", title, Outcome.FAIL, "Could not be read (" + said(e) + "). TaskSync"
                    + " reads each rep's tasks with the rep's own session until it can confirm it.");
        }
    }

    private static Line changeDataCapture(SalesforceClient client) {
        var title = "Task selected for Change Data Capture";
        try (var rows = client.toolingQuery("SELECT DeveloperName, SelectedEntity FROM PlatformEventChannelMember"
                + " WHERE SelectedEntity = 'TaskChangeEvent'")) {
            var selected = rows.anyMatch(row -> String.valueOf(row.string("DeveloperName")).startsWith("ChangeEvents_"));
            if (selected) {
                return new Line("change-data-capture", title, Outcome.PASS, "Selected: Salesforce changes reach"
                        + " TaskSync within a second through the change stream.");
            }
            return new Line("change-data-capture", title, Outcome.FAIL, "Not selected. In Setup, open Change Data"
                    + " Capture and move Task (Task) to Selected Entities. Until then TaskSync polls Salesforce"
                    + " every few seconds.");
        } catch (SalesforceApiException e) {
            return new Line("change-data-capture", title, Outcome.WARN, "Could not be checked (" + said(e) + ");"
                    + " the integration user needs View Setup and Configuration to read it. TaskSync polls"
                    + " Salesforce every few seconds until the check passes.");
        }
    }

    private Line externalId(SObjectDescription task) {
        var title = "External ID field " + properties.externalIdField();
        if (!properties.hasExternalIdField()) {
            return new Line("external-id", "External ID field", Outcome.WARN, "None is configured"
                    + " (tasksync.sync.external-id-field): a create whose answer was lost is found by a slower search.");
        }
        var usable = task.field(properties.externalIdField())
                .filter(f -> f.externalId() && f.createable() && f.updateable()).isPresent();
        if (usable) {
            return new Line("external-id", title, Outcome.PASS, "Present, marked External ID, and visible.");
        }
        return new Line("external-id", title, Outcome.WARN, "Missing, not marked External ID, or hidden from the"
                + " integration user. Sync still works, but a create whose answer was lost is found by a slower"
                + " search. Create it on Task as Text(36), External ID and Unique, visible to reps and the"
                + " integration user.");
    }

    private static void limits(SalesforceClient client, List<Line> lines) {
        OrgLimits limits;
        try {
            limits = client.limits();
        } catch (SalesforceApiException e) {
            lines.add(new Line("api-headroom", "API calls left today", Outcome.WARN, "Could not be read ("
                    + said(e) + ")."));
            return;
        }
        lines.add(headroom("api-headroom", "API calls left today", limits.dailyApiRequests(),
                "TaskSync slows its polling when the org runs low."));
        lines.add(headroom("event-headroom", "Change events deliverable today", limits.get("DailyDeliveredPlatformEvents"),
                "When none are left, Salesforce stops delivering change events until the 24-hour window rolls,"
                        + " and TaskSync falls back to polling."));
    }

    private static Line headroom(String key, String title, Optional<OrgLimits.Limit> limit, String meaning) {
        if (limit.isEmpty()) {
            return new Line(key, title, Outcome.WARN, "Salesforce did not say.");
        }
        var l = limit.get();
        var low = l.max() > 0 && l.remaining() < l.max() * LOW_HEADROOM;
        return new Line(key, title, low ? Outcome.WARN : Outcome.PASS,
                String.format("%,d of %,d left.%s", l.remaining(), l.max(), low ? " That is low. " + meaning : ""));
    }

    private Line statuses(SalesforceClient client) {
        var title = "Status values";
        try (var rows = client.query("SELECT MasterLabel, IsClosed, IsDefault FROM TaskStatus")) {
            var found = rows.toList();
            var closed = found.stream().filter(row -> properties.closedStatus().equals(row.string("MasterLabel"))
                    && Boolean.TRUE.equals(row.bool("IsClosed"))).findFirst();
            var open = properties.openStatus().isBlank()
                    ? found.stream().filter(row -> Boolean.TRUE.equals(row.bool("IsDefault"))
                            && !Boolean.TRUE.equals(row.bool("IsClosed"))).findFirst()
                    : found.stream().filter(row -> properties.openStatus().equals(row.string("MasterLabel"))
                            && !Boolean.TRUE.equals(row.bool("IsClosed"))).findFirst();
            if (closed.isEmpty()) {
                return new Line("status-values", title, Outcome.FAIL, "The org has no closed Status \""
                        + properties.closedStatus() + "\", which TaskSync writes when a task is done. Add it in Setup"
                        + " (Task Status picklist) or set tasksync.sync.closed-status to one the org has.");
            }
            if (open.isEmpty()) {
                return new Line("status-values", title, Outcome.FAIL, "The org has no open Status to write for an"
                        + " open task" + (properties.openStatus().isBlank() ? " (no default open status)"
                                : " named \"" + properties.openStatus() + "\"") + ".");
            }
            return new Line("status-values", title, Outcome.PASS, "Open tasks are written as \""
                    + open.get().string("MasterLabel") + "\", done ones as \"" + properties.closedStatus() + "\".");
        } catch (SalesforceApiException e) {
            return new Line("status-values", title, Outcome.WARN, "Could not be read (" + said(e) + ").");
        }
    }

    private static Line priorities(SObjectDescription task) {
        var title = "Priority values";
        var values = task.field("Priority").map(SObjectDescription.Field::picklistValues).orElse(List.of());
        var missing = PRIORITIES.stream().filter(p -> !values.contains(p)).toList();
        if (missing.isEmpty()) {
            return new Line("priority-values", title, Outcome.PASS, String.join(", ", PRIORITIES) + " are all active.");
        }
        return new Line("priority-values", title, Outcome.FAIL, "Missing or inactive: " + String.join(", ", missing)
                + ". TaskSync writes " + String.join(", ", PRIORITIES) + "; a task with a missing one cannot be sent. Add them to"
                + " the Task Priority picklist.");
    }

    private static String said(SalesforceApiException e) {
        var code = e.errorCode();
        var message = e.salesforceMessage();
        return (code == null ? "" : code + ": ") + (message == null ? "no message" : message);
    }
}
