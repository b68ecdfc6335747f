/**
 * The Salesforce side, reached only over HTTP: the emulator's admin API (orgs, users, the
 * connected app, sessions, faults, API usage, call counts) and Salesforce's REST API used as the
 * rep would, with a session of the rep's own.
 */
package com.tasksync.torture.salesforce;
