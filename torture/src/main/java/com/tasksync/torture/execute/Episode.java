package com.tasksync.torture.execute;

import com.tasksync.torture.plan.FaultKind;
import java.time.Instant;
import java.util.Map;

/**
 * A fault that stopped all sync for a while, with the size of each node's log when it began and
 * ended, so that what the nodes logged meanwhile can be read back.
 */
public record Episode(FaultKind kind, Instant start, Instant end, Map<Integer, Long> logStart,
        Map<Integer, Long> logEnd) {
}
