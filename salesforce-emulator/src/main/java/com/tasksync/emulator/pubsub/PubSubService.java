package com.tasksync.emulator.pubsub;

import com.tasksync.emulator.cdc.ChangeDataCapture;
import com.tasksync.emulator.cdc.OrgChangeFeed;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.pubsub.api.Error;
import com.tasksync.emulator.pubsub.api.ErrorCode;
import com.tasksync.emulator.pubsub.api.FetchRequest;
import com.tasksync.emulator.pubsub.api.FetchResponse;
import com.tasksync.emulator.pubsub.api.ProducerEvent;
import com.tasksync.emulator.pubsub.api.PubSubGrpc;
import com.tasksync.emulator.pubsub.api.PublishRequest;
import com.tasksync.emulator.pubsub.api.PublishResponse;
import com.tasksync.emulator.pubsub.api.PublishResult;
import com.tasksync.emulator.pubsub.api.SchemaInfo;
import com.tasksync.emulator.pubsub.api.SchemaRequest;
import com.tasksync.emulator.pubsub.api.TopicInfo;
import com.tasksync.emulator.pubsub.api.TopicRequest;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * The RPCs of {@code eventbus.v1.PubSub} a subscriber uses: GetTopic, GetSchema and Subscribe, and
 * Publish, which change event channels refuse per event since only Salesforce publishes on them.
 * PublishStream and ManagedSubscribe answer UNIMPLEMENTED.
 */
final class PubSubService extends PubSubGrpc.PubSubImplBase {

    private final ChangeDataCapture cdc;
    private final ViewAllData viewAllData;
    private final Streams streams;

    PubSubService(ChangeDataCapture cdc, ViewAllData viewAllData, Streams streams) {
        this.cdc = cdc;
        this.viewAllData = viewAllData;
        this.streams = streams;
    }

    @Override
    public void getTopic(TopicRequest request, StreamObserver<TopicInfo> response) {
        Session session = PubSubAuth.SESSION.get();
        OrgChangeFeed feed = cdc.feed(session.org());
        EventChannel topic = topic(request.getTopicName(), feed);
        if (topic == null) {
            response.onError(missingTopic(request.getTopicName()).exception(rpcId()));
            return;
        }
        boolean allowed = topic.entity() == null || !EventChannel.needsViewAllData(topic.entity())
                || viewAllData.granted(session.user());
        response.onNext(TopicInfo.newBuilder()
                .setTopicName(topic.name())
                .setTenantGuid(session.org().id())
                .setCanPublish(false)
                .setCanSubscribe(allowed)
                .setSchemaId(topic.entity() == null ? "" : feed.schemaId(topic.entity()))
                .setRpcId(rpcId())
                .build());
        response.onCompleted();
    }

    @Override
    public void getSchema(SchemaRequest request, StreamObserver<SchemaInfo> response) {
        OrgChangeFeed feed = cdc.feed(PubSubAuth.SESSION.get().org());
        if (request.getSchemaId().isBlank()) {
            response.onError(PubSubError.SCHEMA_EMPTY.exception(rpcId()));
            return;
        }
        String json = feed.schemaJson(request.getSchemaId());
        if (json == null) {
            OrgChangeFeed.CAPTURABLE.stream().filter(feed::capturable).forEach(feed::schemaId);
            json = feed.schemaJson(request.getSchemaId());
        }
        if (json == null) {
            response.onError(PubSubError.SCHEMA_UNKNOWN.exception(rpcId()));
            return;
        }
        response.onNext(SchemaInfo.newBuilder().setSchemaJson(json).setSchemaId(request.getSchemaId())
                .setRpcId(rpcId()).build());
        response.onCompleted();
    }

    @Override
    public void publish(PublishRequest request, StreamObserver<PublishResponse> response) {
        OrgChangeFeed feed = cdc.feed(PubSubAuth.SESSION.get().org());
        EventChannel topic = topic(request.getTopicName(), feed);
        if (topic == null) {
            response.onError(missingTopic(request.getTopicName()).exception(rpcId()));
            return;
        }
        PublishResponse.Builder out = PublishResponse.newBuilder().setRpcId(rpcId())
                .setSchemaId(topic.entity() == null ? "" : feed.schemaId(topic.entity()));
        for (ProducerEvent event : request.getEventsList()) {
            out.addResults(PublishResult.newBuilder()
                    .setCorrelationKey(event.getId())
                    .setError(Error.newBuilder().setCode(ErrorCode.PUBLISH)
                            .setMsg("Change events are published by Salesforce only; " + topic.name() + " can't be published to.")));
        }
        response.onNext(out.build());
        response.onCompleted();
    }

    @Override
    public StreamObserver<FetchRequest> subscribe(StreamObserver<FetchResponse> response) {
        Session session = PubSubAuth.SESSION.get();
        SubscriberStream.Subscriber subscriber = new SubscriberStream.Subscriber(cdc.feed(session.org()),
                viewAllData.granted(session.user()), rpcId());
        return new SubscriberStream((ServerCallStreamObserver<FetchResponse>) response, subscriber, streams);
    }

    private static EventChannel topic(String name, OrgChangeFeed feed) {
        return name.isBlank() ? null : EventChannel.resolve(name, feed);
    }

    private static PubSubError missingTopic(String name) {
        return name.isBlank() ? PubSubError.TOPIC_EMPTY : PubSubError.TOPIC_NOT_FOUND;
    }

    private static String rpcId() {
        return PubSubAuth.RPC_ID.get();
    }
}
