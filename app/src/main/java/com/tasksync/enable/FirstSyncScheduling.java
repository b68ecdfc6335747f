package com.tasksync.enable;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.tasksync.connection.ConnectionChanged;
import com.tasksync.sync.SyncAccounts;
import com.tasksync.sync.SyncSettings;
import com.tasksync.sync.SyncSwitched;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;

/**
 * The first sync as a db-scheduler job, {@value #NAME}, one execution per user: scheduled in the
 * transaction that turns the switch on (or connects a user whose sync waited for it), so the
 * request returns at once and the job starts right after; run on one node; retried with backoff
 * while it fails; revived on another node if its node dies. At start, users still waiting get
 * their job if they have none.
 */
@Configuration(proxyBeanMethods = false)
class FirstSyncScheduling {

    static final String NAME = "first-sync";

    @Bean
    OneTimeTask<Void> firstSyncTask(FirstSyncJob job) {
        return Tasks.oneTime(NAME)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2))
                .execute((instance, context) -> job.run(UUID.fromString(instance.getId())));
    }

    /** Schedules first syncs when a switch or a connection makes one due. */
    @Bean
    FirstSyncStarter firstSyncStarter(@Qualifier("firstSyncTask") OneTimeTask<Void> task,
            @Lazy SchedulerClient scheduler, SyncAccounts accounts, SyncSettings settings, Clock clock) {
        return new FirstSyncStarter(task, scheduler, accounts, settings, clock);
    }

    record FirstSyncStarter(OneTimeTask<Void> task, SchedulerClient scheduler, SyncAccounts accounts,
            SyncSettings settings, Clock clock) {

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

        private void schedule(UUID userId) {
            scheduler.scheduleIfNotExists(task.instance(userId.toString()), clock.instant());
        }
    }
}
