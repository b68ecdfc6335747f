package com.tasksync.salesforce.client;

import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.error.ErrorClassifier;
import com.tasksync.salesforce.client.error.Retryability;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.error.SalesforceError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends one REST call: signs it with the connection's current token, renews the token once when
 * Salesforce answers 401 {@code INVALID_SESSION_ID} and replays, records {@code Sforce-Limit-Info} and
 * the server's {@code Date}, and retries transient failures with backoff — lost responses only for
 * requests safe to repeat.
 */
final class RestTransport {

    private static final Logger LOG = LoggerFactory.getLogger(RestTransport.class);

    private final SalesforceConnection connection;
    private final ClientSettings settings;
    private final ClientRuntime runtime;
    private final JsonMapper json;
    private final AtomicReference<ApiUsage> latestUsage = new AtomicReference<>();
    private final AtomicReference<ServerTime> latestServerTime = new AtomicReference<>();

    RestTransport(SalesforceConnection connection, ClientSettings settings, ClientRuntime runtime, JsonMapper json) {
        this.connection = connection;
        this.settings = settings;
        this.runtime = runtime;
        this.json = json;
    }

    ApiResponse send(ApiRequest request) {
        boolean renewed = false;
        int failedAttempts = 0;
        while (true) {
            ConnectionTokens tokens = connection.tokens();
            SalesforceApiException failure;
            try {
                Answer answer = send(request, tokens);
                HttpResponse<String> response = answer.response();
                if (answer.error() == null) {
                    return new ApiResponse(response.statusCode(), readBody(response));
                }
                SalesforceError error = answer.error();
                if (isExpiredSession(error) && !renewed) {
                    connection.renewAfterRejected(tokens.accessToken());
                    renewed = true;
                    continue;
                }
                failure = ErrorClassifier.fromResponse(error, RetryAfter.of(response.headers(), runtime.clock()));
            } catch (IOException e) {
                failure = ErrorClassifier.fromIoFailure(e, request.safeToRepeat());
                tell(new CallListener.Call(request.method(), 0, Optional.of(failure.errorCode()), Optional.empty(),
                        Optional.empty()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during " + request.method() + " " + request.path(), e);
            }
            failedAttempts++;
            Duration wait = waitBeforeRetry(failure, failedAttempts);
            if (wait == null) {
                throw failure;
            }
            LOG.info("retrying {} {} in {} ms after {}", request.method(), withoutQuery(request.path()), wait.toMillis(),
                    failure.getMessage());
            pause(wait, failure);
        }
    }

    /** One attempt's answer, and the error it carries when its status says the call failed (else null). */
    private record Answer(HttpResponse<String> response, SalesforceError error) {}

    /**
     * Sends one attempt, records what its answer says of the org, and tells the listener. A request
     * that got no answer is told by the caller, once the failure is classified.
     */
    private Answer send(ApiRequest request, ConnectionTokens tokens) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = runtime.http().send(toHttp(request, tokens), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException | RuntimeException e) {
            tell(new CallListener.Call(request.method(), 0, Optional.empty(), Optional.empty(), Optional.empty()));
            throw e;
        }
        Optional<ApiUsage> usage = ApiUsage.fromHeaders(response.headers());
        Optional<ServerTime> serverTime = ServerTime.fromHeaders(response.headers(), runtime.clock().instant());
        usage.ifPresent(latestUsage::set);
        serverTime.ifPresent(latestServerTime::set);
        SalesforceError error = response.statusCode() < 300 ? null
                : ErrorBodies.parse(response.statusCode(), response.body(), json);
        LOG.debug("{} {} answered {}{}", request.method(), withoutQuery(request.path()), response.statusCode(),
                error == null ? "" : " " + error.errorCode());
        tell(new CallListener.Call(request.method(), response.statusCode(),
                Optional.ofNullable(error).map(SalesforceError::errorCode), usage, serverTime));
        return new Answer(response, error);
    }

    private void tell(CallListener.Call call) {
        try {
            runtime.listener().called(call);
        } catch (RuntimeException e) {
            LOG.warn("a call listener failed", e);
        }
    }

    Optional<ApiUsage> latestUsage() {
        return Optional.ofNullable(latestUsage.get());
    }

    Optional<ServerTime> latestServerTime() {
        return Optional.ofNullable(latestServerTime.get());
    }

    String dataPath() {
        return settings.dataPath();
    }

    /** Query strings carry SOQL with record values, which do not belong in logs. */
    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static boolean isExpiredSession(SalesforceError error) {
        return error.httpStatus() == 401 && "INVALID_SESSION_ID".equals(error.errorCode());
    }

    /** The wait before the next attempt, or null when the failure ends the call. */
    private Duration waitBeforeRetry(SalesforceApiException failure, int failedAttempts) {
        RetryPolicy policy = settings.retryPolicy();
        if (failure.retryability() != Retryability.TRANSIENT || failedAttempts >= policy.maxAttempts()) {
            return null;
        }
        Optional<Duration> asked = failure.retryAfter();
        if (asked.isPresent()) {
            return asked.get().compareTo(policy.maxDelay()) <= 0 ? asked.get() : null;
        }
        return policy.backoff(failedAttempts, runtime.random());
    }

    private void pause(Duration wait, SalesforceApiException failure) {
        try {
            runtime.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private HttpRequest toHttp(ApiRequest request, ConnectionTokens tokens) {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request.body()), StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(tokens.instanceUrl() + request.path()))
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + tokens.accessToken())
                .header("Accept", "application/json")
                .method(request.method(), body);
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
        }
        if (settings.clientName() != null) {
            builder.header("Sforce-Call-Options", "client=" + settings.clientName());
        }
        request.headers().forEach(builder::header);
        return builder.build();
    }

    private JsonNode readBody(HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw ErrorClassifier.fromResponse(new SalesforceError(response.statusCode(), "UNREADABLE_RESPONSE",
                    "the response body is not JSON: " + e.getOriginalMessage(), List.of()), null);
        }
    }
}
