/**
 * What the emulator knows besides record data: orgs and their settings, users, connected apps,
 * sessions and refresh tokens, the settable clock, Salesforce IDs, and the gate that checks the
 * session and the daily API allocation on every data call.
 */
package com.tasksync.emulator.org;
