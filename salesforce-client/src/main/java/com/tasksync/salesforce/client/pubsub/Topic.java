package com.tasksync.salesforce.client.pubsub;

/** What GetTopic tells about a topic: its schema id and whether this session may subscribe or publish. */
public record Topic(String name, String schemaId, boolean canSubscribe, boolean canPublish) {
}
