/**
 * The demo org that the runnable emulator and the app's default run start with: one org with
 * "Set Audit Fields upon Record Creation" on, a rep, an integration user with View All Data, and
 * one connected app for the app's callback.
 */
package com.tasksync.emulator.demo;
