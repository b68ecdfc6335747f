/**
 * The records of each emulated org and the REST data API over them: sObject rows,
 * describe, sObject Collections, Composite, SOQL queries with cursors, the replication
 * resources and limits. {@link com.tasksync.emulator.data.OrgData} holds an org's records under one
 * lock; the endpoint classes register their routes through {@link com.tasksync.emulator.data.DataEndpoints}.
 */
package com.tasksync.emulator.data;
