package com.tasksync.salesforce.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.salesforce.client.error.ReconnectRequiredException;
import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.support.BrowserLogin;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthFlowsTest {

    private final EmulatorOrg org = EmulatorOrg.start();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void passwordGrantAnswersWithSalesforceShapedTokensAndNoRefreshToken() {
        TokenResponse tokens = org.login();

        assertThat(tokens.accessToken()).startsWith(org.org().id15() + "!");
        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.instanceUrl()).isEqualTo(URI.create(org.emulator().baseUrl()));
        assertThat(tokens.orgId()).isEqualTo(org.org().id());
        assertThat(tokens.userId()).isEqualTo(org.user().id());
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.issuedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
    }

    @Test
    void readsWhoATokenBelongsToFromItsIdentityUrl() {
        TokenResponse tokens = org.login();

        Identity identity = org.oauth().identity(tokens.identityUrl(), tokens.accessToken());

        assertThat(identity.username()).isEqualTo(org.user().username());
        assertThat(identity.userId()).isEqualTo(org.user().id());
        assertThat(identity.organizationId()).isEqualTo(org.org().id());
    }

    @Test
    void anIdentityUrlAskedWithADeadTokenFails() {
        TokenResponse tokens = org.login();
        org.expireSessions();

        assertThatThrownBy(() -> org.oauth().identity(tokens.identityUrl(), tokens.accessToken()))
                .isInstanceOf(com.tasksync.salesforce.client.error.SalesforceApiException.class);
    }

    @Test
    void codeFlowWithPkceGivesARefreshTokenThatRenewsTheSession() {
        TokenResponse first = org.authorize();

        TokenResponse renewed = org.oauth().refresh(first.refreshToken());

        assertThat(first.refreshToken()).isNotBlank();
        assertThat(renewed.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(renewed.instanceUrl()).isEqualTo(first.instanceUrl());
    }

    @Test
    void codeExchangeWithTheWrongVerifierIsRefused() {
        OAuthClient oauth = org.oauth();
        AuthorizationRequest request = oauth.startAuthorization("api refresh_token");
        String code = new BrowserLogin(URI.create(org.emulator().baseUrl()))
                .authorize(request.url(), org.user().username(), EmulatorOrg.PASSWORD).get("code");

        assertThatThrownBy(() -> oauth.exchangeCode(code, oauth.startAuthorization(null).codeVerifier()))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.errorCode()).startsWith("invalid_");
                });
    }

    @Test
    void anUnknownRefreshTokenAsksForReconnect() {
        assertThatThrownBy(() -> org.oauth().refresh("5Aep861NoSuchToken"))
                .isInstanceOfSatisfying(ReconnectRequiredException.class, failure -> {
                    assertThat(failure.errorCode()).isEqualTo("invalid_grant");
                    assertThat(failure.reconnectRequired()).isTrue();
                });
    }

    @Test
    void aRevokedRefreshTokenRenewsNoMore() {
        TokenResponse tokens = org.authorize();

        org.oauth().revoke(tokens.refreshToken());

        assertThatThrownBy(() -> org.oauth().refresh(tokens.refreshToken()))
                .isInstanceOf(ReconnectRequiredException.class);
    }

    @Test
    void aWrongPasswordIsAPermanentInvalidGrant() {
        assertThatThrownBy(() -> org.oauth().password(org.user().username(), "wrong"))
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.errorCode()).isEqualTo("invalid_grant");
                    assertThat(failure.httpStatus()).isEqualTo(400);
                    assertThat(failure.retryable()).isFalse();
                });
    }

    @Test
    void jwtBearerGrantSignedWithTheAppsKeyLogsTheUserIn() throws Exception {
        KeyPair keys = rsaKeys();
        OAuthClient oauth = appWithCertificate(keys.getPublic());

        TokenResponse tokens = oauth.jwtBearer(org.user().username(), keys.getPrivate());

        assertThat(tokens.accessToken()).startsWith(org.org().id15() + "!");
        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.userId()).isEqualTo(org.user().id());
    }

    @Test
    void aJwtSignedWithAnotherKeyIsRefusedForGood() throws Exception {
        OAuthClient oauth = appWithCertificate(rsaKeys().getPublic());

        assertThatThrownBy(() -> oauth.jwtBearer(org.user().username(), rsaKeys().getPrivate()))
                .isInstanceOfSatisfying(SalesforceApiException.class,
                        failure -> assertThat(failure.retryable()).isFalse());
    }

    @Test
    void clientCredentialsGrantRunsAsTheAppsUserAndGivesNoRefreshToken() {
        ConnectedApp app = appRunningAs(org.user().username());

        TokenResponse tokens = oauthFor(app, app.clientSecret()).clientCredentials();

        assertThat(tokens.accessToken()).startsWith(org.org().id15() + "!");
        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.instanceUrl()).isEqualTo(URI.create(org.emulator().baseUrl()));
        assertThat(tokens.userId()).isEqualTo(org.user().id());
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
    }

    @Test
    void clientCredentialsForAnAppWithoutRunAsUserAskForReconnect() {
        assertThatThrownBy(() -> org.oauth().clientCredentials())
                .isInstanceOfSatisfying(ReconnectRequiredException.class,
                        failure -> assertThat(failure.errorCode()).isEqualTo("invalid_grant"));
    }

    @Test
    void clientCredentialsWithAWrongSecretArePermanentlyRefused() {
        OAuthClient oauth = oauthFor(appRunningAs(org.user().username()), "not-the-secret");

        assertThatThrownBy(oauth::clientCredentials)
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.errorCode()).isEqualTo("invalid_client");
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure).isNotInstanceOf(ReconnectRequiredException.class);
                });
    }

    @Test
    void clientCredentialsNeedTheClientSecret() {
        OAuthClient withoutSecret = oauthFor(appRunningAs(org.user().username()), null);

        assertThatThrownBy(withoutSecret::clientCredentials).isInstanceOf(IllegalStateException.class);
    }

    private ConnectedApp appRunningAs(String username) {
        return org.emulator().admin().registerApp(
                NewConnectedApp.of("TaskSync integration", EmulatorOrg.REDIRECT_URI).withRunAs(username));
    }

    private OAuthClient oauthFor(ConnectedApp app, String clientSecret) {
        return new OAuthClient(new OAuthSettings(URI.create(org.emulator().baseUrl()), app.clientId(), clientSecret, null),
                HttpClient.newHttpClient(), Clock.systemUTC());
    }

    private OAuthClient appWithCertificate(PublicKey key) {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        ConnectedApp app = org.emulator().admin().registerApp(
                NewConnectedApp.of("TaskSync server", EmulatorOrg.REDIRECT_URI).withCertificate(pem));
        return new OAuthClient(new OAuthSettings(URI.create(org.emulator().baseUrl()), app.clientId(), null, null),
                HttpClient.newHttpClient(), Clock.systemUTC());
    }

    private static KeyPair rsaKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
