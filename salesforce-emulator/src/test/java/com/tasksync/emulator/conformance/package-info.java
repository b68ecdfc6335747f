/**
 * Independent clients run, unchanged, against the emulator: the first check that it answers as
 * Salesforce does rather than as our own client expects.
 */
package com.tasksync.emulator.conformance;
