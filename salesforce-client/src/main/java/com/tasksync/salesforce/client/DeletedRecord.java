package com.tasksync.salesforce.client;

import java.time.Instant;

/** One entry of getDeleted: the id of a deleted record and when it was deleted. */
public record DeletedRecord(String id, Instant deletedDate) {
}
