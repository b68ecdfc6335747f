package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.OAuthClient;
import com.tasksync.salesforce.client.auth.OAuthSettings;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenRenewal;
import com.tasksync.salesforce.client.error.ReconnectRequiredException;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionRenewalTest {

    private static final String TOKEN_ROUTE = "POST /services/oauth2/token";
    private static final String QUERY_ROUTE = "GET /services/data/{version}/query";

    private final EmulatorOrg org = EmulatorOrg.start();
    private final List<ConnectionTokens> stored = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void renewsAnExpiredSessionOnceAndReplaysTheCall() {
        SalesforceConnection connection = org.connect(stored::add);
        SalesforceClient client = org.client(connection, org.settings());
        String expired = connection.tokens().accessToken();
        org.expireSessions();
        long tokenCalls = org.calls().of(TOKEN_ROUTE);

        assertThat(client.count("SELECT COUNT() FROM Task")).isZero();

        assertThat(org.calls().of(TOKEN_ROUTE) - tokenCalls).isEqualTo(1);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).accessToken()).isNotEqualTo(expired).isEqualTo(connection.tokens().accessToken());
        assertThat(stored.get(0).refreshToken()).isEqualTo(connection.tokens().refreshToken()).isNotNull();
    }

    @Test
    void concurrentCallersThatAllMeetAnExpiredSessionCauseOneRenewal() throws Exception {
        SalesforceConnection connection = org.connect(stored::add);
        SalesforceClient client = org.client(connection, org.settings());
        org.expireSessions();
        long tokenCalls = org.calls().of(TOKEN_ROUTE);
        long queryCalls = org.calls().of(QUERY_ROUTE);
        int callers = 8;

        List<Long> counts = runTogether(callers, () -> client.count("SELECT COUNT() FROM Task"));

        assertThat(counts).hasSize(callers).containsOnly(0L);
        assertThat(org.calls().of(TOKEN_ROUTE) - tokenCalls).isEqualTo(1);
        assertThat(stored).hasSize(1);
        assertThat(org.calls().of(QUERY_ROUTE) - queryCalls).isBetween(callers + 1L, 2L * callers);
    }

    @Test
    void asksForReconnectWhenTheRefreshTokenIsRevoked() {
        SalesforceConnection connection = org.connect(stored::add);
        SalesforceClient client = org.client(connection, org.settings());
        org.emulator().directory().revokeRefreshToken(connection.tokens().refreshToken());

        assertThatThrownBy(() -> client.count("SELECT COUNT() FROM Task"))
                .isInstanceOf(ReconnectRequiredException.class);
        assertThatThrownBy(() -> client.count("SELECT COUNT() FROM Task"))
                .isInstanceOf(ReconnectRequiredException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void aConnectionWithoutRefreshTokenRenewsThroughAnotherGrant() {
        SalesforceConnection connection = new SalesforceConnection(ConnectionTokens.from(org.login()),
                current -> org.login(), stored::add);
        SalesforceClient client = org.client(connection, org.settings());
        org.expireSessions();

        assertThat(client.count("SELECT COUNT() FROM Task")).isZero();
        assertThat(stored).hasSize(1);
    }

    @Test
    void aClientCredentialsConnectionRenewsByAskingForANewToken() {
        ConnectedApp app = integrationApp();
        SalesforceConnection connection = clientCredentialsConnection(app);
        SalesforceClient client = org.client(connection, org.settings());
        String expired = connection.tokens().accessToken();
        org.expireSessions();
        long tokenCalls = org.calls().of(TOKEN_ROUTE);

        assertThat(client.count("SELECT COUNT() FROM Task")).isZero();

        assertThat(org.calls().of(TOKEN_ROUTE) - tokenCalls).isEqualTo(1);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).accessToken()).isNotEqualTo(expired);
        assertThat(stored.get(0).refreshToken()).isNull();
    }

    @Test
    void aClientCredentialsConnectionWhoseAppLostItsRunAsUserAsksForReconnect() {
        ConnectedApp app = integrationApp();
        SalesforceConnection connection = clientCredentialsConnection(app);
        SalesforceClient client = org.client(connection, org.settings());
        org.emulator().directory().unregisterApp(app.clientId());
        org.emulator().directory().registerApp(new ConnectedApp(app.name(), app.clientId(), app.clientSecret(),
                app.redirectUris(), null, null));
        org.expireSessions();

        assertThatThrownBy(() -> client.count("SELECT COUNT() FROM Task")).isInstanceOf(ReconnectRequiredException.class);
        assertThat(stored).isEmpty();
    }

    /** An app whose client-credentials grant runs as the org's user. */
    private ConnectedApp integrationApp() {
        return org.emulator().admin().registerApp(
                NewConnectedApp.of("TaskSync integration", EmulatorOrg.REDIRECT_URI).withRunAs(org.user().username()));
    }

    private SalesforceConnection clientCredentialsConnection(ConnectedApp app) {
        OAuthClient oauth = new OAuthClient(new OAuthSettings(URI.create(org.emulator().baseUrl()), app.clientId(),
                app.clientSecret(), null), HttpClient.newHttpClient(), Clock.systemUTC());
        return new SalesforceConnection(ConnectionTokens.from(oauth.clientCredentials()), TokenRenewal.byClientCredentials(oauth),
                stored::add);
    }

    private static <T> List<T> runTogether(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
