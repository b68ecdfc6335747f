package com.tasksync.emulator.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tasksync.emulator.pubsub.api.FetchRequest;
import com.tasksync.emulator.pubsub.api.SchemaRequest;
import com.tasksync.emulator.pubsub.api.TopicRequest;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.Test;

class PubSubErrorsTest {

    private static final String TOPIC = "/data/TaskChangeEvent";

    @Test
    void refusesAnUnknownAccessTokenAsUnauthenticatedWithSalesforcesErrorCode() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = new Subscriber(org.stub(org.org.id15() + "!nope", org.org.id())).latest(TOPIC, 1);
            Status status = subscriber.error();
            assertThat(status.getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(status.getDescription()).startsWith("An authentication exception occurred.");
            assertThat(subscriber.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.service.auth.error");
        }
    }

    @Test
    void refusesATokenOfAnotherOrgAndMissingHeaders() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber wrongTenant = new Subscriber(org.stub(org.token, "00D000000000001AAA")).latest(TOPIC, 1);
            assertThat(wrongTenant.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.service.auth.error");
            Subscriber noTenant = new Subscriber(org.stub(org.token, null)).latest(TOPIC, 1);
            assertThat(noTenant.error().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(noTenant.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.service.auth.headers.invalid");
        }
    }

    @Test
    void refusesAnUnknownTopicAndAnUnknownSchema() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber subscriber = org.subscribe().latest("/data/NoSuchThingChangeEvent", 1);
            assertThat(subscriber.error().getCode()).isEqualTo(Status.Code.NOT_FOUND);
            assertThat(subscriber.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.topic.not.found");

            StatusRuntimeException topic = catchThrowableOfType(StatusRuntimeException.class,
                    () -> org.blocking().getTopic(TopicRequest.newBuilder().setTopicName("/data/taskchangeevent").build()));
            assertThat(topic.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);

            StatusRuntimeException schema = catchThrowableOfType(StatusRuntimeException.class,
                    () -> org.blocking().getSchema(SchemaRequest.newBuilder().setSchemaId("nope").build()));
            assertThat(schema.getTrailers().get(Metadata.Key.of("error-code", Metadata.ASCII_STRING_MARSHALLER)))
                    .isEqualTo("sfdc.platform.eventbus.grpc.schema.meta.permission");
        }
    }

    @Test
    void refusesTaskChangeEventsToAUserWithoutViewAllData() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            org.emulator.viewAllData().grant(org.user, false);
            Subscriber subscriber = org.subscribe().latest(TOPIC, 1);
            assertThat(subscriber.error().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(subscriber.errorCode()).isEqualTo("sfdc.platform.eventbus.grpc.subscription.topic.cannot.subscribe");
        }
    }

    @Test
    void refusesAnotherTopicOrNothingRequestedLaterInTheStream() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            Subscriber mismatch = org.subscribeLatest(TOPIC, 1);
            mismatch.send(FetchRequest.newBuilder().setTopicName("/data/AccountChangeEvent").setNumRequested(1).build());
            assertThat(mismatch.error().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(mismatch.errorCode()).endsWith("subscription.fetch.topic.mismatch");

            Subscriber zero = org.subscribe().latest(TOPIC, 0);
            assertThat(zero.errorCode()).endsWith("subscription.fetch.requested.events.invalid");
        }
    }

    @Test
    void callsDoNotCountAgainstTheDailyApiRequests() throws Exception {
        try (PubSubOrg org = new PubSubOrg()) {
            long before = org.org.apiUsage().used(org.emulator.clock().now());
            org.blocking().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(new Metadata()))
                    .getTopic(TopicRequest.newBuilder().setTopicName(TOPIC).build());
            assertThat(org.org.apiUsage().used(org.emulator.clock().now())).isEqualTo(before);
        }
    }
}
