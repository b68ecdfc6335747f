/**
 * Change Data Capture: turns the committed record changes of an org into change events, one per
 * record per transaction, for the entities selected in the org's settings, and keeps them 72 hours
 * in the org's event bus with increasing replay ids. The Pub/Sub API serves them from there.
 */
package com.tasksync.emulator.cdc;
