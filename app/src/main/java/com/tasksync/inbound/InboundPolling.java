package com.tasksync.inbound;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Starts a user's polling once their first sync is done, from the point it reached: the cursor is
 * saved and the poll job scheduled in the caller's transaction, so neither happens without the other.
 */
@Component
public class InboundPolling {

    private final SyncCursors cursors;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> userPollTask;
    private final InboundProperties properties;
    private final Clock clock;

    InboundPolling(SyncCursors cursors, @Lazy SchedulerClient scheduler,
            @Qualifier("userPollTask") CustomTask<Void> userPollTask, InboundProperties properties, Clock clock) {
        this.cursors = cursors;
        this.scheduler = scheduler;
        this.userPollTask = userPollTask;
        this.properties = properties;
        this.clock = clock;
    }

    /** Polls the user's tasks from {@code from} on (or from earlier, if a cursor already says so). */
    public void start(UUID userId, String orgId, Instant from) {
        cursors.ensureForUser(userId, orgId, from, properties.pollInterval());
        scheduler.scheduleIfNotExists(userPollTask.instance(userId.toString()), clock.instant());
    }

    /** The user's watermark, for tests and the Settings page. */
    public java.util.Optional<Instant> watermarkOf(UUID userId) {
        return cursors.ofUser(userId).map(SyncCursor::watermark);
    }
}
