package com.tasksync.inbound;

import com.tasksync.engine.SyncAccount;
import com.tasksync.sync.SyncLogEntry.Action;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One read of Salesforce tasks to apply: the accounts by the Salesforce user who owns the records
 * (records of other owners are left out), the log action for tasks it brings in, when the read began
 * on the database's clock (to recognise records older than a write of ours), and the org's external
 * ID field, when it has one.
 */
public record InboundRead(Map<String, SyncAccount> owners, Action createAction, Instant startedAt,
        Optional<String> externalIdField) {}
