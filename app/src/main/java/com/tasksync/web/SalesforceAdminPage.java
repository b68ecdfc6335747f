package com.tasksync.web;

import com.tasksync.connection.ConnectFlow;
import com.tasksync.connection.ConnectionProperties;
import com.tasksync.connection.Connections;
import com.tasksync.connection.IntegrationCheck;
import com.tasksync.connection.OrgIntegration;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.sync.OrgReading;
import com.tasksync.sync.OrgReadings;
import com.tasksync.system.PublicUrls;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For admins: each org TaskSync knows (from reps' connections and integration users), its integration
 * user with the pre-flight check line by line, how the org's changes are read and why, and the
 * change stream's state; the callback address to register on the connected app. Connecting, checking
 * and disconnecting are {@code ConnectController}'s.
 */
@Controller
class SalesforceAdminPage {

    private final OrgIntegrations integrations;
    private final Connections connections;
    private final ObjectProvider<OrgReadings> readings;
    private final ConnectFlow flow;
    private final ConnectionProperties properties;
    private final PublicUrls urls;
    private final Users users;
    private final Words words;

    SalesforceAdminPage(OrgIntegrations integrations, Connections connections, ObjectProvider<OrgReadings> readings,
            ConnectFlow flow, ConnectionProperties properties, PublicUrls urls, Users users, Words words) {
        this.users = users;
        this.integrations = integrations;
        this.connections = connections;
        this.readings = readings;
        this.flow = flow;
        this.properties = properties;
        this.urls = urls;
        this.words = words;
    }

    /**
     * One org on the page, with its check's lines, why it is read as it is, and its change stream's
     * detail in the page's language ({@code check} is empty without a check).
     */
    record OrgRow(String orgId, long repsConnected, OrgIntegration integration, OrgReading reading,
            List<CheckLine> check, String reason, String streamDetail) {
    }

    /** One line of a check as the page shows it: its key and outcome as stored, its title and detail in words. */
    record CheckLine(String key, IntegrationCheck.Outcome outcome, String title, String detail) {
    }

    @GetMapping("/admin/salesforce")
    String page(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        model.addAttribute("zone", users.timeZoneOf(user.id()));
        var reps = connections.usersByOrg();
        var orgIds = new TreeSet<>(reps.keySet());
        integrations.all().forEach(integration -> orgIds.add(integration.orgId()));
        var reading = readings.getIfAvailable();
        var rows = new ArrayList<OrgRow>();
        for (var orgId : orgIds) {
            var integration = integrations.find(orgId).orElse(null);
            var read = reading == null ? null : reading.of(orgId);
            var check = integration == null ? null : integration.check();
            rows.add(new OrgRow(orgId, reps.getOrDefault(orgId, 0L), integration, read,
                    check == null ? List.of() : EngineText.lines(check.lines(), words),
                    read == null ? null : EngineText.reason(read.reason(), check, words),
                    read == null || read.stream() == null ? null : EngineText.said(read.stream().detail(), words)));
        }
        model.addAttribute("orgs", rows);
        // The connected app's check arrives as a flash attribute, in the connection code's words.
        if (model.getAttribute("appCheck") instanceof List<?> appCheck) {
            model.addAttribute("appCheck", EngineText.lines(appCheck.stream()
                    .filter(IntegrationCheck.Line.class::isInstance).map(IntegrationCheck.Line.class::cast).toList(),
                    words));
        }
        model.addAttribute("connectable", flow.available());
        model.addAttribute("loginHost", flow.loginHost());
        var callback = properties.redirectUri() != null ? properties.redirectUri().toString()
                : urls.of(request, "/settings/salesforce/callback").map(Object::toString).orElse(null);
        model.addAttribute("callback", callback);
        return "salesforce-admin";
    }

    /**
     * What the connection code and the engine store for admins in English (the pre-flight check's
     * lines, why an org is read as it is, the change stream's detail) in the page's language. Each
     * sentence TaskSync writes is recognised whole and said again by its key, its variable parts
     * (names, numbers, what Salesforce said) carried over as they came; a sentence not recognised,
     * such as one stored by an older version, is shown as stored. The API keeps the stored text.
     */
    static final class EngineText {

        private static final String SAID = "(.+)";
        private static final String NAME = "(\\S+)";
        private static final String COUNT = "(\\d[\\d,]*)";
        private static final String EXTERNAL_ID_FIELD = "External ID field";
        /** A variable part as the sentences write it: {@code (.+) (.*) (\S+) (\d+)} or {@code (\d[\d,]*)}. */
        private static final Pattern PART = Pattern.compile("\\((?:\\.\\*|\\.\\+|\\\\S\\+|\\\\d\\+|\\\\d\\[\\\\d,]\\*)\\)");

        /** The sentences, most specific first: the first whose English matches the whole text says it. */
        private static final List<Sentence> SENTENCES = List.of(
                // pre-flight check: API access
                sentence(NAME + " can use Salesforce's API and read tasks.",
                        (words, p) -> words.get("admin.check.api.pass", p[0])),
                sentence("Salesforce refused " + NAME + ": " + SAID + ". The integration user needs the API Enabled"
                        + " permission and Read on Task.",
                        (words, p) -> words.get("admin.check.api.refused", p[0], p[1])),
                sentence("Salesforce could not be reached: (.*)",
                        (words, p) -> words.get("admin.check.unreachable", p[0])),
                // View All Data
                sentence("Granted through its profile: the integration user sees every rep's tasks and may receive"
                        + " Task change events.", (words, p) -> words.get("admin.check.view-all-data.profile")),
                sentence("Granted through the permission set " + SAID + ": the integration user sees every rep's"
                        + " tasks and may receive Task change events.",
                        (words, p) -> words.get("admin.check.view-all-data.permission-set", p[0])),
                sentence("Not granted. Without it Salesforce shows " + SAID + " only the tasks sharing lets it see, so"
                        + " other reps' tasks would be missed, and it cannot receive Task change events. Grant View All"
                        + " Data in its profile or a permission set; until then TaskSync reads each rep's tasks with"
                        + " the rep's own session.",
                        (words, p) -> words.get("admin.check.view-all-data.missing", p[0])),
                sentence("Could not be read (" + SAID + "). TaskSync reads each rep's tasks with the rep's own"
                        + " session until it can confirm it.",
                        (words, p) -> words.get("admin.check.view-all-data.unread", p[0])),
                // Change Data Capture
                sentence("Selected: Salesforce changes reach TaskSync within a second through the change stream.",
                        (words, p) -> words.get("admin.check.change-data-capture.selected")),
                sentence("Not selected. In Setup, open Change Data Capture and move Task (Task) to Selected Entities."
                        + " Until then TaskSync polls Salesforce every few seconds.",
                        (words, p) -> words.get("admin.check.change-data-capture.not-selected")),
                sentence("Could not be checked (" + SAID + "); the integration user needs View Setup and"
                        + " Configuration to read it. TaskSync polls Salesforce every few seconds until the check"
                        + " passes.", (words, p) -> words.get("admin.check.change-data-capture.unchecked", p[0])),
                // External ID field
                sentence("None is configured (tasksync.sync.external-id-field): a create whose answer was lost is"
                        + " found by a slower search.", (words, p) -> words.get("admin.check.external-id.none")),
                sentence("Present, marked External ID, and visible.",
                        (words, p) -> words.get("admin.check.external-id.usable")),
                sentence("Missing, not marked External ID, or hidden from the integration user. Sync still works,"
                        + " but a create whose answer was lost is found by a slower search. Create it on Task as"
                        + " Text(36), External ID and Unique, visible to reps and the integration user.",
                        (words, p) -> words.get("admin.check.external-id.unusable")),
                // API calls and change events left today
                sentence(COUNT + " of " + COUNT + " left. That is low. TaskSync slows its polling when the org runs"
                        + " low.", (words, p) -> words.get("admin.check.api-headroom.low", count(p[0]), count(p[1]))),
                sentence(COUNT + " of " + COUNT + " left. That is low. When none are left, Salesforce stops"
                        + " delivering change events until the 24-hour window rolls, and TaskSync falls back to"
                        + " polling.",
                        (words, p) -> words.get("admin.check.event-headroom.low", count(p[0]), count(p[1]))),
                sentence(COUNT + " of " + COUNT + " left.",
                        (words, p) -> words.get("admin.check.headroom", count(p[0]), count(p[1]))),
                sentence("Salesforce did not say.", (words, p) -> words.get("admin.check.headroom.unknown")),
                // Status and Priority values
                sentence("The org has no closed Status \"" + SAID + "\", which TaskSync writes when a task is done."
                        + " Add it in Setup (Task Status picklist) or set tasksync.sync.closed-status to one the org"
                        + " has.", (words, p) -> words.get("admin.check.status-values.no-closed", p[0])),
                sentence("The org has no open Status to write for an open task (no default open status).",
                        (words, p) -> words.get("admin.check.status-values.no-default-open")),
                sentence("The org has no open Status to write for an open task named \"" + SAID + "\".",
                        (words, p) -> words.get("admin.check.status-values.no-open", p[0])),
                sentence("Open tasks are written as \"" + SAID + "\", done ones as \"" + SAID + "\".",
                        (words, p) -> words.get("admin.check.status-values.pass", p[0], p[1])),
                sentence("Missing or inactive: " + SAID + ". TaskSync writes " + SAID + "; a task with a missing one"
                        + " cannot be sent. Add them to the Task Priority picklist.",
                        (words, p) -> words.get("admin.check.priority-values.missing", p[0], p[1])),
                sentence(SAID + " are all active.", (words, p) -> words.get("admin.check.priority-values.pass", p[0])),
                sentence("Could not be read (" + SAID + ").", (words, p) -> words.get("admin.check.unread", p[0])),
                // the connected app's check
                sentence(NAME + " could not be reached: (.*)",
                        (words, p) -> words.get("admin.check.login-host.unreachable", p[0], p[1])),
                sentence("Salesforce knows the consumer key " + NAME + ".",
                        (words, p) -> words.get("admin.check.consumer-key.pass", p[0])),
                sentence("Salesforce does not know the consumer key " + NAME + " at " + NAME + ". Copy it from the"
                        + " connected app into TASKSYNC_SALESFORCE_CLIENT_ID, and check the login host (production,"
                        + " sandbox or My Domain).",
                        (words, p) -> words.get("admin.check.consumer-key.unknown", p[0], p[1])),
                sentence("Salesforce's authorize page answered HTTP (\\d+); the app could not be checked.",
                        (words, p) -> words.get("admin.check.consumer-key.unchecked", p[0])),
                sentence("The connected app does not list " + NAME + " as a callback URL. Add it exactly so (it may"
                        + " take a few minutes to apply in Salesforce).",
                        (words, p) -> words.get("admin.check.callback.missing", p[0])),
                sentence(NAME + " is registered.", (words, p) -> words.get("admin.check.callback.pass", p[0])),
                // why an org is read as it is
                sentence("No integration user is connected for this org; an admin can connect one on the Salesforce"
                        + " admin page.", (words, p) -> words.get("admin.reason.no-integration")),
                sentence("The integration user has not been checked yet.",
                        (words, p) -> words.get("admin.reason.not-checked")),
                sentence("The integration user's check did not pass.",
                        (words, p) -> words.get("admin.reason.check-failed")),
                sentence("Change events are switched off (tasksync.sync.change-events.enabled).",
                        (words, p) -> words.get("admin.reason.events-off")),
                sentence("Change Data Capture was not confirmed.",
                        (words, p) -> words.get("admin.reason.cdc-unconfirmed")),
                sentence("The change stream is not running yet.",
                        (words, p) -> words.get("admin.reason.stream-not-running")),
                sentence("The change stream is not running yet: " + SAID,
                        (words, p) -> words.get("admin.reason.stream-not-running-because", said(p[0], words))),
                // the change stream's detail
                sentence(SAID + " Trying again in (\\d+) s.",
                        (words, p) -> words.get("admin.stream.detail.retrying", said(p[0], words), p[1])),
                sentence("The org has no integration user.",
                        (words, p) -> words.get("admin.stream.detail.no-integration")),
                sentence("Resumed after the last applied event.",
                        (words, p) -> words.get("admin.stream.detail.resumed")),
                sentence("Subscribed to new events.", (words, p) -> words.get("admin.stream.detail.subscribed")),
                sentence("Started with new events; a poll read what changed before.",
                        (words, p) -> words.get("admin.stream.detail.started")),
                sentence("The stream broke ((.*)); reconnecting, attempt (\\d+).",
                        (words, p) -> words.get("admin.stream.detail.broke", p[0], p[1])),
                sentence("Salesforce refused the subscription: (.*)",
                        (words, p) -> words.get("admin.stream.detail.refused", p[0])),
                sentence("Subscribing failed: (.*)",
                        (words, p) -> words.get("admin.stream.detail.subscribing-failed", p[0])),
                sentence("The stream ended: (.*)", (words, p) -> words.get("admin.stream.detail.ended", p[0])),
                sentence("The org no longer has a checked integration user with change events, or nobody in it"
                        + " syncs.", (words, p) -> words.get("admin.stream.detail.not-wanted")),
                sentence("The node holding it shut down.",
                        (words, p) -> words.get("admin.stream.detail.node-stopped")));

        private EngineText() {
        }

        /** An English sentence, its variable parts as groups, and how the page's language says it. */
        private record Sentence(Pattern english, BiFunction<Words, String[], String> say) {
        }

        /**
         * A sentence from its English: {@code (…)} groups are its variable parts; every other character
         * stands for itself.
         */
        private static Sentence sentence(String english, BiFunction<Words, String[], String> say) {
            var regex = new StringBuilder();
            var groups = PART.matcher(english);
            var literalFrom = 0;
            while (groups.find()) {
                regex.append(Pattern.quote(english.substring(literalFrom, groups.start()))).append(groups.group());
                literalFrom = groups.end();
            }
            regex.append(Pattern.quote(english.substring(literalFrom)));
            return new Sentence(Pattern.compile(regex.toString(), Pattern.DOTALL), say);
        }

        /** A stored sentence in the page's language, or as stored when it is not one TaskSync writes. */
        static String said(String stored, Words words) {
            if (stored == null) {
                return null;
            }
            for (var sentence : SENTENCES) {
                var match = sentence.english().matcher(stored);
                if (match.matches()) {
                    var parts = new String[match.groupCount()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = match.group(i + 1);
                    }
                    return sentence.say().apply(words, parts);
                }
            }
            return stored;
        }

        /** A check's lines as the page shows them. */
        static List<CheckLine> lines(List<IntegrationCheck.Line> lines, Words words) {
            return lines.stream().map(line -> line(line, words)).toList();
        }

        /** One line: its title by its key (the external ID field's with the field's name), its detail as said. */
        static CheckLine line(IntegrationCheck.Line line, Words words) {
            return line == null ? null : new CheckLine(line.key(), line.outcome(), title(line, words),
                    said(line.detail(), words));
        }

        /**
         * Why an org is read as it is. A failed line of the check is given as its title and detail, so
         * it is said as the check's line is.
         */
        static String reason(String reason, IntegrationCheck check, Words words) {
            if (reason == null) {
                return null;
            }
            if (check != null) {
                for (var line : check.lines()) {
                    if (reason.equals(line.title() + ": " + line.detail())) {
                        return words.get("admin.reason.line", title(line, words), said(line.detail(), words));
                    }
                }
            }
            return said(reason, words);
        }

        private static String title(IntegrationCheck.Line line, Words words) {
            var title = line.title();
            if (title == null) {
                return null;
            }
            if ("external-id".equals(line.key()) && title.startsWith(EXTERNAL_ID_FIELD + " ")) {
                return words.get("admin.check.title.external-id-named",
                        title.substring(EXTERNAL_ID_FIELD.length() + 1));
            }
            return words.getOr("admin.check.title." + line.key(), title);
        }

        /** A count as Salesforce's limits gave it, written with English grouping, as a number. */
        private static Long count(String written) {
            return Long.valueOf(written.replace(",", ""));
        }
    }
}
