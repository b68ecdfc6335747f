package com.tasksync.inbound;

import com.tasksync.sync.SyncRetryRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the user asks for a retry, the next poll reads the user's set-aside records afresh. */
@Component
class SetAsideRetry {

    private final SetAsideRecords records;

    SetAsideRetry(SetAsideRecords records) {
        this.records = records;
    }

    @EventListener
    void retryRequested(SyncRetryRequested event) {
        records.requestRetry(event.userId());
    }
}
