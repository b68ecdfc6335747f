package com.tasksync.inbound;

import com.tasksync.inbound.poll.PollJobLock;
import com.tasksync.inbound.poll.SyncCursor;
import com.tasksync.inbound.poll.SyncCursors;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.tasksync.connection.IntegrationChanged;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncRetryRequested;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Starts a user's polling once their first sync is done, from the point it reached: the cursor is
 * saved and the poll job scheduled in the caller's transaction, so neither happens without the other.
 */
@Component
public class InboundPolling {

    private static final Logger log = LoggerFactory.getLogger(InboundPolling.class);

    private final SyncCursors cursors;
    private final PollJobLock jobLock;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> userPollTask;
    private final CustomTask<Void> orgPollTask;
    private final ReadingPlan plan;
    private final SyncAccounts accounts;
    private final InboundProperties properties;
    private final Clock clock;
    private final ChangeStreamTable streams;

    InboundPolling(SyncCursors cursors, ChangeStreamTable streams, @Lazy SchedulerClient scheduler,
            @Qualifier("userPollTask") CustomTask<Void> userPollTask,
            @Qualifier("orgPollTask") CustomTask<Void> orgPollTask, InboundProperties properties, Clock clock,
            @Lazy ReadingPlan plan, SyncAccounts accounts, PollJobLock jobLock) {
        this.jobLock = jobLock;
        this.plan = plan;
        this.accounts = accounts;
        this.cursors = cursors;
        this.scheduler = scheduler;
        this.userPollTask = userPollTask;
        this.orgPollTask = orgPollTask;
        this.properties = properties;
        this.clock = clock;
        this.streams = streams;
    }

    /**
     * Forgets where the user's reads of Salesforce stood and the records set aside for the user: the
     * user is about to read another org.
     */
    public void forgetUser(UUID userId) {
        cursors.forgetUser(userId);
    }

    /**
     * Polls the user's tasks from {@code from} on (or from earlier, if a cursor already says so). Runs in
     * the caller's transaction, which holds the jobs' {@link PollJobLock} until it commits: a poll ending
     * its job meanwhile either ends it before (and this schedules it again) or, reading after this
     * commits that the user syncs, keeps it.
     * <p>
     * The org's poll runs now even when it was due later: a change stream passes over the changes of a rep
     * who is not live yet, so what changed in Salesforce while the first sync ran is read by that poll,
     * which starts from the earliest rep's watermark. Waiting for the next safety poll would leave such a
     * change out of TaskSync for minutes.
     */
    public void start(UUID userId, String orgId, Instant from) {
        var userPoll = userPollTask.instance(userId.toString());
        var orgPoll = orgPollTask.instance(orgId);
        jobLock.hold(userPoll.getTaskName(), userPoll.getId());
        jobLock.hold(orgPoll.getTaskName(), orgPoll.getId());
        cursors.ensureForUser(userId, orgId, from, properties.pollInterval());
        scheduler.scheduleIfNotExists(userPoll, clock.instant());
        pollOrgNow(orgId);
    }

    /**
     * Has the org polled now, for all of its reps: after a change stream starts or resumes from
     * nothing, after a gap or overflow event, or when records were left to a later read.
     */
    public void pollOrgNow(String orgId) {
        streams.pollAsked(orgId, clock.instant());
        var instance = orgPollTask.instance(orgId);
        if (scheduler.scheduleIfNotExists(instance, clock.instant())) {
            return;
        }
        try {
            scheduler.reschedule(instance, clock.instant());
        } catch (RuntimeException e) {
            // it runs right now, and reads up to now
            log.debug("The poll of org {} runs already: {}", orgId, e.getMessage());
        }
    }

    /** Try again: records set aside are read again by the next poll; an org read as a whole is polled now. */
    @EventListener
    void retryRequested(SyncRetryRequested event) {
        pollOrgNowIfReadWhole(event.userId());
    }

    /**
     * The user's reads of Salesforce go back to {@code after} (less the poll overlap), if they stood later;
     * the user's org is polled now when it is read as a whole.
     */
    public void readUserAgainFrom(UUID userId, Instant after) {
        cursors.moveBackUser(userId, after.minus(properties.pollOverlap()));
        pollOrgNowIfReadWhole(userId);
    }

    private void pollOrgNowIfReadWhole(UUID userId) {
        cursors.ofUser(userId).map(SyncCursor::orgId).filter(plan::readsOrgWide).ifPresent(this::pollOrgNow);
    }

    /** Orgs whose reps poll already get their org poll (it stands aside while no integration user reads). */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        accounts.orgsWithLiveUsers().forEach(orgId ->
                scheduler.scheduleIfNotExists(orgPollTask.instance(orgId), clock.instant()));
    }

    @EventListener
    void integrationChanged(IntegrationChanged event) {
        if (!accounts.live(event.orgId()).isEmpty()) {
            pollOrgNow(event.orgId()); // reads the org at once in the way the change allows
        }
        if (event.lostOrgReadsAfter() != null) {
            log.warn("Org {}'s integration user can no longer be trusted to see every task; each rep's session reads"
                    + " again what changed since {}", event.orgId(), event.lostOrgReadsAfter());
            readAgainFrom(event.orgId(), event.lostOrgReadsAfter());
        }
    }

    /**
     * Org-level reads of the org can no longer be trusted since {@code after}: every rep's watermark
     * moves back to it, so the reps' own sessions read again what the integration user may have missed.
     */
    public void readAgainFrom(String orgId, Instant after) {
        cursors.moveBack(orgId, after.minus(properties.pollOverlap()));
    }

    /** The user's watermark, for tests and the Settings page. */
    public java.util.Optional<Instant> watermarkOf(UUID userId) {
        return cursors.ofUser(userId).map(SyncCursor::watermark);
    }
}
