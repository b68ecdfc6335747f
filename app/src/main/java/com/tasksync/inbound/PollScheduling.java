package com.tasksync.inbound;

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
 * The per-user poll as a db-scheduler job, {@value #NAME}, one execution per syncing user: each run
 * reads the user's changes and schedules the next at the interval the poll chose; a user whose sync
 * no longer runs live ends it. db-scheduler picks it on one node at a time, and revives it on
 * another node when the heartbeats of the node that held it stop.
 */
@Configuration(proxyBeanMethods = false)
class PollScheduling {

    static final String NAME = "user-poll";

    @Bean
    CustomTask<Void> userPollTask(InboundPoller poller, InboundProperties properties, Clock clock) {
        return Tasks.custom(NAME, Void.class)
                .onFailure(new FailureHandler.OnFailureReschedule<>(FixedDelay.of(properties.maxPollInterval())))
                .execute((instance, context) -> poller.pollUser(UUID.fromString(instance.getId()))
                        .<CompletionHandler<Void>>map(next -> (complete, operations) ->
                                operations.reschedule(complete, clock.instant().plus(next)))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new));
    }
}
