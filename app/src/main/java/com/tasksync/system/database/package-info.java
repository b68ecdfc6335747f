/**
 * The app's PostgreSQL. Without {@code spring.datasource.url}, an embedded server starts with the
 * node: durable, password-protected, and locked to one process. With a URL, the external server
 * is checked at start for settings that could lose acknowledged writes.
 */
package com.tasksync.system.database;
