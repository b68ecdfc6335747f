/**
 * The task store and its REST API: tasks, Trash, the Command Center's today and tomorrow,
 * strict validation of every write, and creates made at most once per {@code Idempotency-Key}.
 * It knows nothing of Salesforce beyond the sync fields it stores; every change is published
 * as a {@link com.tasksync.task.TaskChanged} event carrying its origin.
 */
package com.tasksync.task;
