package com.tasksync.enable;

import com.tasksync.inbound.InboundPolling;
import com.tasksync.links.TaskLinks;
import com.tasksync.outbound.TaskSyncActions;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncLogEntry.Direction;
import com.tasksync.sync.SyncSettings;
import com.tasksync.sync.SyncStatus;
import com.tasksync.system.ConflictException;
import com.tasksync.task.SyncedTaskWrites;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes of a user's tasks when the user connected to another Salesforce org than the one they
 * are linked to (a sandbox instead of production, a new org, an emulator restarted with a fresh org).
 * Their links name records of the old org, so they can neither be updated nor read there; the user
 * chooses, and sync then starts afresh in the connected org as on a first enable (24-hour import, no
 * back-push of the tasks made before):
 * <ul>
 * <li>{@link Choice#KEEP}: the tasks stay in TaskSync only, unlinked, and are not sent again (nor linked
 *     to a copy of their record that the new org may hold);</li>
 * <li>{@link Choice#SEND}: the tasks not in Trash are sent to the connected org. Each create is an
 *     upsert on {@code TaskSync_Id__c}, so a copy of the old org that already holds the record (a
 *     refreshed sandbox) gets it linked, not duplicated.</li>
 * </ul>
 * In both, what the engine kept of the old org for this user (its links, unsent writes to its records,
 * records set aside, read positions, the org itself) goes, in one transaction with the choice, each
 * through the module that owns it.
 */
@Service
public class OrgChange {

    private static final Logger log = LoggerFactory.getLogger(OrgChange.class);

    /** The user's answer, as the API and the Settings page name it. */
    public enum Choice {
        KEEP, SEND;

        public static final Map<String, Choice> BY_NAME = Map.of("keep", KEEP, "send", SEND);

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What was done: the status sync is in now, and how many tasks were unlinked and will be sent. */
    public record Outcome(SyncStatus status, int unlinked, int toSend) {}

    private final SyncSettings settings;
    private final SyncLog syncLog;
    private final Clock clock;
    private final TaskLinks links;
    private final SyncedTaskWrites tasks;
    private final TaskSyncActions outbound;
    private final InboundPolling polling;
    private final SyncAccounts accounts;

    OrgChange(SyncSettings settings, SyncLog syncLog, Clock clock, TaskLinks links, SyncedTaskWrites tasks,
            TaskSyncActions outbound, InboundPolling polling, SyncAccounts accounts) {
        this.links = links;
        this.tasks = tasks;
        this.outbound = outbound;
        this.polling = polling;
        this.accounts = accounts;
        this.settings = settings;
        this.syncLog = syncLog;
        this.clock = clock;
    }

    @Transactional
    public Outcome resolve(UUID userId, Choice choice) {
        if (!settings.lockOrgChange(userId)) {
            throw ConflictException.conflict("No change of Salesforce org waits for a choice.");
        }
        var now = clock.instant();
        List<UUID> linked = links.linkedTaskIds(userId);
        List<UUID> toSend = choice == Choice.SEND ? tasks.liveAmong(linked) : List.of();
        outbound.resend(userId, linked, toSend);
        if (choice == Choice.SEND) {
            links.deleteAll(linked);
        } else {
            // kept as markers, so that a copy of a record in the new org is not linked by its external ID
            links.markAllUnlinked(linked, now);
        }
        tasks.unlinkAll(linked, toSend);
        polling.forgetUser(userId);
        accounts.forget(userId);
        var message = choice == Choice.KEEP
                ? linked.size() + (linked.size() == 1 ? " task" : " tasks")
                        + " linked to the other Salesforce org stay in TaskSync only."
                : linked.size() + (linked.size() == 1 ? " task was" : " tasks were")
                        + " linked to the other Salesforce org; " + toSend.size()
                        + (toSend.size() == 1 ? " goes" : " go") + " to the connected org.";
        syncLog.record(new SyncLogEntry(userId, now, Direction.LOCAL, Action.ORG_CHANGE, null, null, null, message));
        log.info("User {} changed Salesforce org: {} tasks unlinked, {} to send ({})", userId, linked.size(),
                toSend.size(), choice.value());
        return new Outcome(settings.orgChangeResolved(userId), linked.size(), toSend.size());
    }
}
