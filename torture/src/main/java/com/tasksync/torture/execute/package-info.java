/**
 * Carries out a plan against the running processes: a coordinator walks the steps, hands
 * operations to a few workers so that they really race (also through different nodes), injects
 * faults, kills and restarts nodes, and an observer samples the rep's sync state twice a second
 * while keeping track of which TaskSync task is which Salesforce task.
 */
package com.tasksync.torture.execute;
