/**
 * The Tooling API's query resource, {@code /services/data/vNN.N/tooling/query}, over the setup
 * objects the emulator models: PlatformEventChannelMember, the entities selected for Change Data
 * Capture. Queries run through the same SOQL engine as the data API's, and reading needs View Setup
 * and Configuration.
 */
package com.tasksync.emulator.tooling;
