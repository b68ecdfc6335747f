package com.tasksync.enable;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.tasksync.connection.ConnectionChanged;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncLifecycle;
import com.tasksync.sync.SyncSettings;
import com.tasksync.sync.SyncRetryRequested;
import com.tasksync.sync.SyncSwitched;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.event.EventListener;

/**
 * The first sync as a db-scheduler job, {@value #NAME}, one execution per user: scheduled in the
 * transaction that turns the switch on (or connects a user whose sync waited for it), so the
 * request returns at once and the job starts right after; run on one node; retried with backoff
 * while it fails (10 s doubling, at most 5 minutes apart, and at once when the rep turns sync on
 * again, reconnects or asks to try again); revived on another node if its node dies. At start, users still waiting get
 * their job if they have none.
 */
@Configuration(proxyBeanMethods = false)
class FirstSyncScheduling {

    static final String NAME = "first-sync";
    static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    @Bean
    CustomTask<Void> firstSyncTask(FirstSyncJob job, SyncLifecycle states, TransactionTemplate transaction,
            Clock clock) {
        return Tasks.custom(NAME, Void.class)
                .onFailure(FirstSyncScheduling::retryLater)
                .execute((instance, context) -> {
                    var userId = UUID.fromString(instance.getId());
                    job.run(userId);
                    return (complete, operations) -> endUnlessWaiting(userId, states, transaction, clock, complete,
                            operations);
                });
    }

    /**
     * The job ends, unless the rep switched sync on again meanwhile: that switch saw this job running and
     * could not move it, so under the switch's row lock the job reads again whether a first sync waits,
     * and runs again now if one does.
     */
    private static void endUnlessWaiting(UUID userId, SyncLifecycle states, TransactionTemplate transaction, Clock clock,
            ExecutionComplete complete, ExecutionOperations<Void> operations) {
        transaction.executeWithoutResult(status -> {
            if (states.lockWaitingForFirstSync(userId)) {
                operations.reschedule(complete, clock.instant());
            } else {
                operations.remove();
            }
        });
    }

    /** A failed first sync runs again after 10 s, doubling per failure in a row up to {@link #LONGEST_RETRY}. */
    static void retryLater(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        var failures = Math.max(0, complete.getExecution().consecutiveFailures);
        var delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures, 10));
        operations.reschedule(complete, complete.getTimeDone().plus(delay.compareTo(LONGEST_RETRY) > 0
                ? LONGEST_RETRY : delay));
    }

    /** Schedules first syncs when a switch or a connection makes one due. */
    @Bean
    FirstSyncStarter firstSyncStarter(@Qualifier("firstSyncTask") CustomTask<Void> task,
            @Lazy SchedulerClient scheduler, SyncAccounts accounts, SyncSettings settings, Clock clock,
            SyncLifecycle states, TransactionTemplate transaction) {
        return new FirstSyncStarter(task, scheduler, accounts, settings, clock, states, transaction);
    }

    record FirstSyncStarter(CustomTask<Void> task, SchedulerClient scheduler, SyncAccounts accounts,
            SyncSettings settings, Clock clock, SyncLifecycle states, TransactionTemplate transaction) {

        @EventListener
        void switched(SyncSwitched event) {
            if (event.enabled()) {
                schedule(event.userId());
            }
        }

        /** A (re)connect lets a waiting sync start; the job itself checks that it still waits when it runs. */
        @EventListener
        void connectionChanged(ConnectionChanged event) {
            if (event.connected() && settings.storedStatus(event.userId()).enabled()) {
                schedule(event.userId());
            }
        }

        @EventListener(ApplicationReadyEvent.class)
        void started() {
            accounts.waitingForFirstSync().forEach(this::schedule);
        }

        /** Asking again (Try again) also starts a first sync that waits for its next try. */
        @EventListener
        void retryRequested(SyncRetryRequested event) {
            if (accounts.waitingForFirstSync().contains(event.userId())) {
                schedule(event.userId());
            }
        }

        /**
         * Schedules the user's first sync now. One that waits for a retry after a failure is moved to
         * now: the rep's action (turning sync on, connecting, Try again) is a reason to try at once.
         */
        private void schedule(UUID userId) {
            // under the user's setting row lock (the switch's own transaction holds it already), which a job
            // ending holds too: it either ends before this schedules, or sees the sync that waits and runs again
            transaction.executeWithoutResult(status -> {
                states.lockWaitingForFirstSync(userId);
                var instance = task.instance(userId.toString());
                if (scheduler.scheduleIfNotExists(instance, clock.instant())) {
                    return;
                }
                try {
                    scheduler.reschedule(instance, clock.instant());
                } catch (RuntimeException e) {
                    // it runs right now
                }
            });
        }
    }
}
