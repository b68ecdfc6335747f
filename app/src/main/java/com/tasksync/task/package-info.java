/**
 * The task store and its REST API: tasks, Trash, the Command Center's today and tomorrow,
 * and strict validation of every write. It knows nothing of Salesforce beyond the sync
 * fields it stores; every change is published as a {@link com.tasksync.task.TaskChanged}
 * event carrying its origin.
 */
package com.tasksync.task;
