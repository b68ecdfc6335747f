package com.tasksync.inbound;

import com.tasksync.connection.OrgIntegrations;
import com.tasksync.sync.OrgReading;
import com.tasksync.sync.OrgReading.Mode;
import com.tasksync.sync.OrgReadings;
import org.springframework.stereotype.Component;

/**
 * Decides how an org's changes are read. Org-level reads need an integration user whose last check
 * confirmed View All Data — never a rep's session, which sees only the rep's tasks. With that, the
 * change stream runs when the check also found Task selected for Change Data Capture and change
 * events are on; while the stream is not live (starting, reconnecting, or its node died) the org is
 * polled as if it had none. Without it, each rep's own session reads the rep's tasks.
 */
@Component
public class ReadingPlan implements OrgReadings {

    private final OrgIntegrations integrations;
    private final ChangeStreamTable streams;
    private final ChangeEventProperties properties;

    ReadingPlan(OrgIntegrations integrations, ChangeStreamTable streams, ChangeEventProperties properties) {
        this.integrations = integrations;
        this.streams = streams;
        this.properties = properties;
    }

    @Override
    public OrgReading of(String orgId) {
        var integration = integrations.find(orgId);
        var stream = streams.find(orgId).orElse(null);
        if (integration.isEmpty()) {
            return new OrgReading(Mode.USER_POLL, "No integration user is connected for this org; an admin can"
                    + " connect one on the Salesforce admin page.", null);
        }
        var check = integration.get().check();
        if (check == null) {
            return new OrgReading(Mode.USER_POLL, "The integration user has not been checked yet.", null);
        }
        if (!check.readsOrg()) {
            var failed = check.firstFailure();
            return new OrgReading(Mode.USER_POLL, failed == null ? "The integration user's check did not pass."
                    : failed.title() + ": " + failed.detail(), null);
        }
        if (!properties.enabled()) {
            return new OrgReading(Mode.ORG_POLL, "Change events are switched off (tasksync.sync.change-events.enabled).",
                    stream);
        }
        if (!check.changeEvents()) {
            var line = check.line("change-data-capture");
            return new OrgReading(Mode.ORG_POLL, line == null ? "Change Data Capture was not confirmed."
                    : line.title() + ": " + line.detail(), stream);
        }
        if (streams.live(orgId)) {
            return new OrgReading(Mode.CHANGE_EVENTS, null, stream);
        }
        return new OrgReading(Mode.ORG_POLL, "The change stream is not running yet"
                + (stream == null || stream.detail() == null ? "." : ": " + stream.detail()), stream);
    }

    /** Whether the org's changes are read once for all of its reps, by its integration user. */
    public boolean readsOrgWide(String orgId) {
        return integrations.find(orgId).map(i -> i.readsOrg()).orElse(false);
    }

    /**
     * Whether the org's stream has a replay id to resume after: Salesforce answered it (events or a
     * keepalive) since it last started from new events. Before that answer nothing shows that the server
     * holds the subscription (the Pub/Sub API does not acknowledge one), so a change made meanwhile may
     * never come as an event, and the org keeps being polled at the polling pace rather than the safety
     * poll's.
     */
    public boolean streamAnswered(String orgId) {
        return streams.replayId(orgId).isPresent();
    }

    /** Whether the org should have a change stream: a checked integration user, CDC confirmed, events on. */
    public boolean wantsStream(String orgId) {
        return properties.enabled() && integrations.find(orgId).map(i -> i.changeEvents()).orElse(false);
    }
}
