/**
 * TaskSync to Salesforce: every local change of a task that sync covers writes an outbox entry in
 * the same transaction, and the relay claims due entries with row locks, folds the changes of one
 * task into one write, and sends them in sObject Collection calls of up to 200 records.
 */
package com.tasksync.outbound;
