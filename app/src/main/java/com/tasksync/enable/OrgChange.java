package com.tasksync.enable;

import com.tasksync.sync.SyncLog;
import com.tasksync.sync.SyncLogEntry;
import com.tasksync.sync.SyncLogEntry.Action;
import com.tasksync.sync.SyncLogEntry.Direction;
import com.tasksync.sync.SyncSettings;
import com.tasksync.sync.SyncStatus;
import com.tasksync.system.ConflictException;
import com.tasksync.system.Timestamps;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * records set aside, read positions, the org itself) goes, in one transaction with the choice.
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

    private final JdbcClient jdbc;
    private final SyncSettings settings;
    private final SyncLog syncLog;
    private final Clock clock;

    OrgChange(JdbcClient jdbc, SyncSettings settings, SyncLog syncLog, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.syncLog = syncLog;
        this.clock = clock;
    }

    @Transactional
    public Outcome resolve(UUID userId, Choice choice) {
        var pending = jdbc.sql("select state from sync_setting where user_id = :userId for update")
                .param("userId", userId).query(String.class).optional();
        if (pending.filter("org_changed"::equals).isEmpty()) {
            throw ConflictException.conflict("No change of Salesforce org waits for a choice.");
        }
        var now = clock.instant();
        List<UUID> linked = jdbc.sql("""
                select task_id from task_link
                where user_id = :userId and salesforce_id is not null and unlinked_at is null order by task_id
                """).param("userId", userId).query(UUID.class).list();
        var ids = linked.toArray(UUID[]::new);
        List<UUID> toSend = choice == Choice.SEND
                ? jdbc.sql("select id from task where id = any(:ids) and deleted_at is null order by id")
                        .param("ids", ids).query(UUID.class).list()
                : List.of();
        jdbc.sql("delete from outbox_entry where task_id = any(:ids)").param("ids", ids).update();
        if (choice == Choice.SEND) {
            jdbc.sql("delete from task_link where task_id = any(:ids)").param("ids", ids).update();
        } else {
            // kept as markers, so that a copy of a record in the new org is not linked by its external ID
            jdbc.sql("update task_link set unlinked_at = :now where task_id = any(:ids)").param("ids", ids)
                    .param("now", Timestamps.utc(now)).update();
        }
        jdbc.sql("""
                update task set salesforce_id = null, sync_error = null,
                    sync_state = case when id = any(:send) then 'pending' else 'local' end
                where id = any(:ids)
                """).param("ids", ids).param("send", toSend.toArray(UUID[]::new)).update();
        for (var taskId : toSend) {
            jdbc.sql("""
                    insert into outbox_entry (task_id, user_id, change_kind, next_attempt_at, created_at)
                    values (:taskId, :userId, 'created', :now, :now)
                    """).param("taskId", taskId).param("userId", userId).param("now", Timestamps.utc(now)).update();
        }
        jdbc.sql("delete from inbound_set_aside where user_id = :userId").param("userId", userId).update();
        jdbc.sql("delete from sync_cursor where user_id = :userId").param("userId", userId).update();
        jdbc.sql("delete from sync_account where user_id = :userId").param("userId", userId).update();
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
