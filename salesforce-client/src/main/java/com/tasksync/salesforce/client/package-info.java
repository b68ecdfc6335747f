/**
 * The Salesforce REST client the sync engine calls: {@link
 * com.tasksync.salesforce.client.SalesforceClient} for queries, replication, record and
 * collection writes and limits. Underneath, one transport signs each call with the
 * connection's token, renews it once on an expired session, reads the API usage header, and
 * retries with backoff only what is safe to repeat.
 */
package com.tasksync.salesforce.client;
