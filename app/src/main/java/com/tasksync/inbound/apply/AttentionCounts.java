package com.tasksync.inbound.apply;

import com.tasksync.sync.SyncAttention;
import com.tasksync.task.SyncedTaskWrites;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Counts what of a user's sync needs the user: tasks Salesforce refused and records set aside. */
@Component
class AttentionCounts implements SyncAttention {

    private final SyncedTaskWrites tasks;
    private final SetAsideRecords setAside;

    AttentionCounts(SyncedTaskWrites tasks, SetAsideRecords setAside) {
        this.tasks = tasks;
        this.setAside = setAside;
    }

    @Override
    public long tasksInError(UUID userId) {
        return tasks.countInError(userId);
    }

    @Override
    public long recordsSetAside(UUID userId) {
        return setAside.count(userId);
    }

    @Override
    public java.util.List<SetAsideRecord> setAside(UUID userId, int limit) {
        return setAside.of(userId, limit).stream().map(record -> new SetAsideRecord(record.salesforceId(),
                record.subject(), record.reason(), record.firstSeenAt())).toList();
    }
}
