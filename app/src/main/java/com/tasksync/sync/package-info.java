/**
 * Each user's sync switch, the state of their sync job and their sync activity log, with the
 * {@code /api/sync} endpoints. Turning the switch stores the choice and the starting state
 * and publishes {@link com.tasksync.sync.SyncSwitched}; the sync engine acts on it.
 */
package com.tasksync.sync;
