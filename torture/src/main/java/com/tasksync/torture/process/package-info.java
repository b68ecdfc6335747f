/**
 * The real processes a torture run drives: the Salesforce emulator in a JVM of its own, one to
 * three TaskSync nodes started from the production jar, and an external PostgreSQL server for
 * several nodes. Each process writes its output to a log file; nodes can be killed with
 * SIGKILL and started again on the same port and data.
 */
package com.tasksync.torture.process;
