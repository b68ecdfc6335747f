/**
 * Turning sync on: the first sync of a user, run as a background job after the switch is saved.
 * It takes the enable time from the Salesforce server's clock, imports the 24 hours before a first
 * enable, or catches up from the last sync point (deletes of the last 15 days included) on a later
 * one, shows its progress, and then lets the user join the org's live polling and the relay.
 */
package com.tasksync.enable;
