package com.tasksync.inbound.poll;

import com.tasksync.inbound.InboundProperties;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The polls as db-scheduler jobs. The per-user poll is {@value #NAME}, one execution per syncing user: each run
 * reads the user's changes and schedules the next at the interval the poll chose; a user whose sync
 * no longer runs live ends it. db-scheduler picks it on one node at a time, and revives it on
 * another node when the heartbeats of the node that held it stop.
 */
@Configuration(proxyBeanMethods = false)
class PollScheduling {

    static final String NAME = "user-poll";
    static final String ORG = "org-poll";

    @Bean
    CustomTask<Void> userPollTask(InboundPoller poller, InboundProperties properties, Clock clock) {
        return Tasks.custom(NAME, Void.class)
                .onFailure(new FailureHandler.OnFailureReschedule<>(FixedDelay.of(properties.maxPollInterval())))
                .execute((instance, context) -> poller.pollUser(UUID.fromString(instance.getId()))
                        .<CompletionHandler<Void>>map(next -> (complete, operations) ->
                                operations.reschedule(complete, clock.instant().plus(next)))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new));
    }

    /** The org-level poll, {@value #ORG}, one execution per org with syncing reps, keyed by org id. */
    @Bean
    CustomTask<Void> orgPollTask(InboundPoller poller, InboundProperties properties, Clock clock) {
        return Tasks.custom(ORG, Void.class)
                .onFailure(new FailureHandler.OnFailureReschedule<>(FixedDelay.of(properties.maxPollInterval())))
                .execute((instance, context) -> poller.pollOrg(instance.getId())
                        .<CompletionHandler<Void>>map(next -> (complete, operations) ->
                                operations.reschedule(complete, clock.instant().plus(next)))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new));
    }
}
