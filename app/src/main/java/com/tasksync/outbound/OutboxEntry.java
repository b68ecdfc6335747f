package com.tasksync.outbound;

import java.util.UUID;

/**
 * A task with changes still to send. Later changes of the same task fold into this one entry and
 * bump its {@code revision}, so a relay that sent an older revision does not drop the newer change.
 */
record OutboxEntry(UUID taskId, UUID userId, String changeKind, long revision, int attempts) {}
