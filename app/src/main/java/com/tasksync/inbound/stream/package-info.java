/**
 * Salesforce to TaskSync through Change Data Capture: one Pub/Sub API subscription to Task change
 * events per org, held by one node at a time under a lease in PostgreSQL, authenticated as the org's
 * integration user. Each batch of events names the records that changed; they are read afresh and
 * applied like a poll's, and the replay id is stored once they are.
 */
package com.tasksync.inbound.stream;
