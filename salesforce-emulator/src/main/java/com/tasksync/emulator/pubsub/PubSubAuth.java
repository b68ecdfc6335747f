package com.tasksync.emulator.pubsub;

import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.SalesforceIds;
import com.tasksync.emulator.org.Session;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import java.util.Optional;
import java.util.UUID;

/**
 * Authenticates every call by its metadata: {@code accesstoken} must be a live session of the
 * org named by {@code tenantid}, and {@code instanceurl} must be present. The session and the
 * call's rpc id are left in the gRPC context. Pub/Sub calls do not count as API requests.
 */
final class PubSubAuth implements ServerInterceptor {

    static final Context.Key<Session> SESSION = Context.key("pubsub-session");
    static final Context.Key<String> RPC_ID = Context.key("pubsub-rpc-id");
    private static final Metadata.Key<String> ACCESS_TOKEN = key("accesstoken");
    private static final Metadata.Key<String> INSTANCE_URL = key("instanceurl");
    private static final Metadata.Key<String> TENANT_ID = key("tenantid");

    private final Directory directory;

    PubSubAuth(Directory directory) {
        this.directory = directory;
    }

    private static Metadata.Key<String> key(String name) {
        return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        String rpcId = UUID.randomUUID().toString();
        String token = headers.get(ACCESS_TOKEN);
        String instanceUrl = headers.get(INSTANCE_URL);
        String tenantId = headers.get(TENANT_ID);
        if (blank(token) || blank(instanceUrl) || blank(tenantId)) {
            return refuse(call, PubSubError.AUTH_HEADERS_INVALID, rpcId);
        }
        Optional<Session> session = directory.session(token.trim());
        String orgId = SalesforceIds.canonical(tenantId.trim());
        if (session.isEmpty() || orgId == null || !orgId.equals(session.get().org().id())) {
            return refuse(call, PubSubError.AUTH, rpcId);
        }
        session.get().touch(directory.now());
        Context context = Context.current().withValue(SESSION, session.get()).withValue(RPC_ID, rpcId);
        return Contexts.interceptCall(context, call, headers, next);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, PubSubError error, String rpcId) {
        StatusRuntimeException e = error.exception(rpcId);
        call.close(e.getStatus(), e.getTrailers());
        return new ServerCall.Listener<>() {
        };
    }
}
