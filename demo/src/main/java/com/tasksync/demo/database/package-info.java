/**
 * The demo jar's own PostgreSQL: without {@code spring.datasource.url}, an embedded server starts
 * with the node — durable, password-protected, and locked to one process — so one command runs
 * TaskSync on a fresh machine. The production jar has none of this.
 */
package com.tasksync.demo.database;
