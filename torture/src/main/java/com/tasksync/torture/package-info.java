/**
 * A torture harness for TaskSync's sync: it drives the production jar (one to three nodes on one
 * PostgreSQL), the Salesforce emulator and PostgreSQL as real processes, edits both sides
 * concurrently under faults and {@code kill -9}, and checks through public interfaces only that
 * both sides end equal, with no duplicate, no reverted edit and no silent failure.
 */
package com.tasksync.torture;
