/**
 * A Salesforce org you can run: {@link com.tasksync.emulator.Emulator} starts the HTTP server in
 * process, {@link com.tasksync.emulator.EmulatorMain} from the command line with the demo org.
 */
package com.tasksync.emulator;
