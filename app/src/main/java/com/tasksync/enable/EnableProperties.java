package com.tasksync.enable;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first-sync rules and how its job runs, under {@code tasksync.sync}.
 *
 * @param importWindow how far before the first enable Salesforce tasks are imported
 * @param deleteWindow how far back deletes are looked up on a re-enable (the recycle bin's 15 days)
 * @param replicationWindow how far back a re-enable catches up from the last sync point
 * @param pollInterval the first poll interval of a user whose first sync is done
 * @param pollOverlap how far before the last sync point a catch-up looks again
 * @param claimLease how long a claimed first-sync job stays with the node that claimed it
 * @param background whether first syncs run by themselves; tests step them
 */
@ConfigurationProperties("tasksync.sync")
public record EnableProperties(
        @DefaultValue("24h") Duration importWindow,
        @DefaultValue("15d") Duration deleteWindow,
        @DefaultValue("30d") Duration replicationWindow,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("60s") Duration pollOverlap,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("true") boolean background) {}
