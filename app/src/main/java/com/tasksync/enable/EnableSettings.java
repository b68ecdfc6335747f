package com.tasksync.enable;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** What the first sync runs with: its settings, the clock, and transactions. */
@Component
record EnableSettings(EnableProperties properties, Clock clock, TransactionTemplate transaction) {}
