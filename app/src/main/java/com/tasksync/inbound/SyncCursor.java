package com.tasksync.inbound;

import java.time.Duration;
import java.time.Instant;

/** One org's inbound position: polls ask for rows with SystemModstamp at or after {@code watermark} minus the overlap. */
record SyncCursor(String orgId, Instant watermark, Duration interval) {}
