/**
 * Salesforce to TaskSync: one change query per org per interval, through queryAll on
 * SystemModstamp so creates, updates and deletes come in one call, for all of the org's users
 * who sync. The applier merges each change into TaskSync against the last synced version.
 */
package com.tasksync.inbound;
