/** Shared test support: the one database, the clock, the HTTP API caller and test users. */
package com.tasksync.support;
