/**
 * Salesforce's Pub/Sub API ({@code eventbus.v1.PubSub}, gRPC over HTTP/2 with TLS) on a port of its
 * own: GetTopic, GetSchema, Subscribe with flow control, replay and keepalives, and Publish. Calls
 * authenticate with an emulator session in the {@code accesstoken}, {@code instanceurl} and
 * {@code tenantid} metadata, and fail with Salesforce's status codes and error-code trailers.
 */
package com.tasksync.emulator.pubsub;
