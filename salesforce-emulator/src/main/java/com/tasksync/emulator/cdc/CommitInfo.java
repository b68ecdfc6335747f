package com.tasksync.emulator.cdc;

import java.time.Instant;

/**
 * What every change event of one transaction shares: where the change came from
 * ({@code com/salesforce/api/rest/66.0;client=…}, empty when not through the API), the transaction
 * key, the commit time, number and user.
 */
public record CommitInfo(String changeOrigin, String transactionKey, Instant commitTimestamp, long commitNumber,
        String commitUser) {
}
