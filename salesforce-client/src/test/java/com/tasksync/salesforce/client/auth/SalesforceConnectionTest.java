package com.tasksync.salesforce.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.salesforce.client.error.ErrorClassifier;
import com.tasksync.salesforce.client.error.ReconnectRequiredException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SalesforceConnectionTest {

    private static final URI INSTANCE = URI.create("https://acme.my.salesforce.com");

    private final AtomicInteger renewals = new AtomicInteger();
    private final List<ConnectionTokens> stored = new CopyOnWriteArrayList<>();

    @Test
    void renewsOnceWhenManyCallersReportTheSameRejectedToken() throws Exception {
        SalesforceConnection connection = new SalesforceConnection(
                new ConnectionTokens(INSTANCE, "old", "refresh-1"), countingRenewal(), stored::add);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> done = new CopyOnWriteArrayList<>();
            for (int i = 0; i < callers; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    connection.renewAfterRejected("old");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(renewals).hasValue(1);
        assertThat(connection.tokens().accessToken()).isEqualTo("new-1");
        assertThat(connection.tokens().refreshToken()).isEqualTo("refresh-1");
        assertThat(stored).containsExactly(connection.tokens());
    }

    @Test
    void renewsAgainWhenTheRenewedTokenIsRejectedInItsTurn() {
        SalesforceConnection connection = new SalesforceConnection(
                new ConnectionTokens(INSTANCE, "old", "refresh-1"), countingRenewal(), stored::add);

        connection.renewAfterRejected("old");
        connection.renewAfterRejected("new-1");

        assertThat(connection.tokens().accessToken()).isEqualTo("new-2");
        assertThat(stored).hasSize(2);
    }

    @Test
    void asksForReconnectOnEveryCallAfterTheGrantIsRefused() {
        TokenRenewal refused = current -> {
            renewals.incrementAndGet();
            throw ErrorClassifier.fromOAuth(400, "invalid_grant", "expired access/refresh token");
        };
        SalesforceConnection connection = new SalesforceConnection(
                new ConnectionTokens(INSTANCE, "old", "refresh-1"), refused, stored::add);

        assertThatThrownBy(() -> connection.renewAfterRejected("old")).isInstanceOf(ReconnectRequiredException.class);
        assertThatThrownBy(connection::tokens).isInstanceOf(ReconnectRequiredException.class);
        assertThatThrownBy(() -> connection.renewAfterRejected("old")).isInstanceOf(ReconnectRequiredException.class);
        assertThat(renewals).hasValue(1);
        assertThat(stored).isEmpty();
    }

    @Test
    void asksForReconnectWhenThereIsNoRefreshTokenToRenewWith() {
        OAuthClient oauth = new OAuthClient(new OAuthSettings(INSTANCE, "client", null, null),
                HttpClient.newHttpClient(), Clock.systemUTC());
        SalesforceConnection connection = new SalesforceConnection(new ConnectionTokens(INSTANCE, "old", null),
                TokenRenewal.byRefreshToken(oauth), stored::add);

        assertThatThrownBy(() -> connection.renewAfterRejected("old")).isInstanceOf(ReconnectRequiredException.class);
        assertThatThrownBy(connection::tokens).isInstanceOf(ReconnectRequiredException.class);
    }

    @Test
    void keepsTheRenewedTokensInUseWhenTheListenerFails() {
        SalesforceConnection connection = new SalesforceConnection(
                new ConnectionTokens(INSTANCE, "old", "refresh-1"), countingRenewal(), tokens -> {
                    throw new IllegalStateException("database down");
                });

        connection.renewAfterRejected("old");

        assertThat(connection.tokens().accessToken()).isEqualTo("new-1");
    }

    private TokenRenewal countingRenewal() {
        return current -> {
            int n = renewals.incrementAndGet();
            return new TokenResponse("new-" + n, null, INSTANCE, null, null, null, "Bearer", "api");
        };
    }
}
