package com.tasksync.salesforce.client.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "500, UNKNOWN_EXCEPTION, TRANSIENT",
        "502, HTTP_502, TRANSIENT",
        "503, SERVER_UNAVAILABLE, TRANSIENT",
        "500, UNABLE_TO_LOCK_ROW, TRANSIENT",
        "400, UNABLE_TO_LOCK_ROW, TRANSIENT",
        "403, REQUEST_LIMIT_EXCEEDED, RATE_LIMITED",
        "400, FIELD_CUSTOM_VALIDATION_EXCEPTION, PERMANENT",
        "400, STRING_TOO_LONG, PERMANENT",
        "400, MALFORMED_ID, PERMANENT",
        "400, INVALID_FIELD, PERMANENT",
        "400, MALFORMED_QUERY, PERMANENT",
        "404, ENTITY_IS_DELETED, PERMANENT",
        "404, NOT_FOUND, PERMANENT",
        "401, INVALID_SESSION_ID, PERMANENT",
        "403, INSUFFICIENT_ACCESS, PERMANENT",
        "300, MULTIPLE_CHOICES, PERMANENT",
        "400, INVALID_REPLICATION_DATE, PERMANENT"
    })
    void classifiesErrorResponsesInOnePlace(int status, String code, Retryability expected) {
        SalesforceApiException failure = ErrorClassifier.fromResponse(
                new SalesforceError(status, code, "m", List.of()), null);

        assertThat(failure.retryability()).isEqualTo(expected);
        assertThat(failure.retryable()).isEqualTo(expected != Retryability.PERMANENT);
        assertThat(failure.httpStatus()).isEqualTo(status);
        assertThat(failure.errorCode()).isEqualTo(code);
    }

    @Test
    void keepsTheRetryAfterTheServerAskedFor() {
        SalesforceApiException failure = ErrorClassifier.fromResponse(
                new SalesforceError(503, "SERVER_UNAVAILABLE", "busy", List.of()), Duration.ofSeconds(3));

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void treatsARefusedGrantAsReconnectRequired() {
        SalesforceApiException failure = ErrorClassifier.fromOAuth(400, "invalid_grant", "expired access/refresh token");

        assertThat(failure).isInstanceOf(ReconnectRequiredException.class);
        assertThat(failure.reconnectRequired()).isTrue();
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.salesforceMessage()).isEqualTo("expired access/refresh token");
    }

    @Test
    void treatsOtherOAuthErrorsAsPermanentUnlessTheServerIsUnwell() {
        assertThat(ErrorClassifier.fromOAuth(400, "invalid_client_id", "client identifier invalid").retryability())
                .isEqualTo(Retryability.PERMANENT);
        assertThat(ErrorClassifier.fromOAuth(503, "temporarily_unavailable", "").retryability())
                .isEqualTo(Retryability.TRANSIENT);
    }

    @Test
    void retriesALostResponseOnlyWhenTheRequestIsSafeToRepeat() {
        IOException reset = new IOException("connection reset");

        assertThat(ErrorClassifier.fromIoFailure(reset, true).retryability()).isEqualTo(Retryability.TRANSIENT);
        assertThat(ErrorClassifier.fromIoFailure(reset, false).retryability()).isEqualTo(Retryability.PERMANENT);
        assertThat(ErrorClassifier.fromIoFailure(new HttpTimeoutException("timed out"), false).errorCode())
                .isEqualTo("TIMEOUT");
    }

    @Test
    void retriesAnyRequestThatNeverReachedTheServer() {
        assertThat(ErrorClassifier.fromIoFailure(new ConnectException("refused"), false).retryable()).isTrue();
        assertThat(ErrorClassifier.fromIoFailure(new HttpConnectTimeoutException("slow"), false).retryable()).isTrue();
        assertThat(ErrorClassifier.fromIoFailure(new ConnectException("refused"), false).httpStatus()).isZero();
    }
}
