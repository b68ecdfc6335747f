/**
 * The app's PostgreSQL: an external server, named by {@code spring.datasource.url} and checked at
 * start for settings that could lose acknowledged writes. Without one, start-up stops and says what
 * to set (the demo jar brings an embedded server instead).
 */
package com.tasksync.system.database;
