package com.tasksync.salesforce.client.pubsub;

import java.time.Instant;
import java.util.List;

/**
 * The header of a change event with its field lists already decoded from Salesforce's bitmaps to
 * field names ({@code Subject}, or {@code BillingAddress.City} for a part of a compound field).
 */
public record ChangeEventHeader(
        String entityName,
        List<String> recordIds,
        ChangeType changeType,
        String changeOrigin,
        String transactionKey,
        int sequenceNumber,
        Instant commitTimestamp,
        long commitNumber,
        String commitUser,
        List<String> changedFields,
        List<String> nulledFields,
        List<String> diffFields) {

    public ChangeEventHeader {
        recordIds = List.copyOf(recordIds);
        changedFields = List.copyOf(changedFields);
        nulledFields = List.copyOf(nulledFields);
        diffFields = List.copyOf(diffFields);
    }

    /** The client named in {@code Sforce-Call-Options} by the writer ({@code …;client=tasksync}), or null. */
    public String originClient() {
        int at = changeOrigin.indexOf(";client=");
        return at < 0 ? null : changeOrigin.substring(at + ";client=".length());
    }
}
