/**
 * A subscriber for Salesforce's Pub/Sub API (gRPC): change events of a topic such as
 * {@code /data/TaskChangeEvent} from a replay id, LATEST or EARLIEST, with flow control, decoded from
 * Avro into typed headers and field values, the latest replay id from keepalives, and reconnection
 * with backoff. Failures become the client's {@code SalesforceApiException}, classified once.
 */
package com.tasksync.salesforce.client.pubsub;
