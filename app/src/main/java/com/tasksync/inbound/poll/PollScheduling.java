package com.tasksync.inbound.poll;

import com.tasksync.inbound.InboundProperties;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The polls as db-scheduler jobs. The per-user poll is {@value #NAME}, one execution per syncing user: each run
 * reads the user's changes and schedules the next at the interval the poll chose; a user whose sync
 * no longer runs live ends it (under {@link PollJobLock}, so that a first sync finishing meanwhile is not
 * undone). db-scheduler picks it on one node at a time, and revives it on another node when the
 * heartbeats of the node that held it stop.
 */
@Configuration(proxyBeanMethods = false)
class PollScheduling {

    static final String NAME = "user-poll";
    static final String ORG = "org-poll";

    @Bean
    CustomTask<Void> userPollTask(InboundPoller poller, InboundProperties properties, Clock clock, PollJobLock lock,
            TransactionTemplate transaction) {
        return Tasks.custom(NAME, Void.class)
                .onFailure(new FailureHandler.OnFailureReschedule<>(FixedDelay.of(properties.maxPollInterval())))
                .execute((instance, context) -> {
                    var userId = UUID.fromString(instance.getId());
                    return poller.pollUser(userId).map(next -> nextPollIn(next, clock)).orElseGet(() ->
                            endUnlessWanted(NAME, instance.getId(), () -> poller.readsUser(userId), lock, transaction,
                                    clock));
                });
    }

    /** The org-level poll, {@value #ORG}, one execution per org with syncing reps, keyed by org id. */
    @Bean
    CustomTask<Void> orgPollTask(InboundPoller poller, InboundProperties properties, Clock clock, PollJobLock lock,
            TransactionTemplate transaction) {
        return Tasks.custom(ORG, Void.class)
                .onFailure(new FailureHandler.OnFailureReschedule<>(FixedDelay.of(properties.maxPollInterval())))
                .execute((instance, context) -> poller.pollOrg(instance.getId()).map(next -> nextPollIn(next, clock))
                        .orElseGet(() -> endUnlessWanted(ORG, instance.getId(), () -> poller.readsOrg(instance.getId()),
                                lock, transaction, clock)));
    }

    private static CompletionHandler<Void> nextPollIn(java.time.Duration next, Clock clock) {
        return (complete, operations) -> operations.reschedule(complete, clock.instant().plus(next));
    }

    /**
     * A poll that found nobody to read ends its job, unless a first sync started it again meanwhile: under
     * the job's {@link PollJobLock}, which that start holds too, whether the job is wanted is read again,
     * and the job runs again now if it is.
     */
    private static CompletionHandler<Void> endUnlessWanted(String task, String instanceId, BooleanSupplier wanted,
            PollJobLock lock, TransactionTemplate transaction, Clock clock) {
        return (complete, operations) -> transaction.executeWithoutResult(status -> {
            lock.hold(task, instanceId);
            if (wanted.getAsBoolean()) {
                operations.reschedule(complete, clock.instant());
            } else {
                operations.remove();
            }
        });
    }
}
