/**
 * The test-only admin API under {@code /__admin/} and its Java twin: create orgs, users and
 * connected apps, move the clock, inject faults and read per-endpoint call counts. It is not
 * Salesforce's and is answered only when the emulator is started with it switched on.
 */
package com.tasksync.emulator.admin;
