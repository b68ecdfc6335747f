package com.tasksync.outbound;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** What every part of the relay runs with: its settings, the clock, and transactions. */
@Component
record OutboundSettings(OutboundProperties properties, Clock clock, TransactionTemplate transaction) {}
