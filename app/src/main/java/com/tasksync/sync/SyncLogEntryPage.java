package com.tasksync.sync;

import java.util.List;

/** A page of the sync log, shaped like the task list. */
public record SyncLogEntryPage(List<SyncLogEntry> items, int page, int size, long totalItems) {}
