package com.tasksync.salesforce.client.support;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.admin.CallCounts;
import com.tasksync.emulator.admin.FaultSpec;
import com.tasksync.emulator.admin.NewConnectedApp;
import com.tasksync.emulator.admin.UserToCreate;
import com.tasksync.emulator.admin.UserChange;
import com.tasksync.emulator.org.ConnectedApp;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.OrgSettings;
import com.tasksync.emulator.org.User;
import com.tasksync.salesforce.client.ClientSettings;
import com.tasksync.salesforce.client.SalesforceClient;
import com.tasksync.salesforce.client.auth.AuthorizationRequest;
import com.tasksync.salesforce.client.auth.ConnectionTokens;
import com.tasksync.salesforce.client.auth.OAuthClient;
import com.tasksync.salesforce.client.auth.OAuthSettings;
import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.auth.TokenListener;
import com.tasksync.salesforce.client.auth.TokenRenewal;
import com.tasksync.salesforce.client.auth.TokenResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running emulator with one fresh org in it: a user, a connected app, and clients of ours
 * logged in through the password grant. Close it to stop the emulator.
 */
public final class EmulatorOrg implements AutoCloseable {

    public static final String PASSWORD = "correct-horse-7";
    public static final String REDIRECT_URI = "http://127.0.0.1:9/oauth/callback";
    public static final String CLIENT_NAME = "tasksync";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Emulator emulator;
    private final Org org;
    private final User user;
    private final ConnectedApp app;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private EmulatorOrg(OrgSettings settings) {
        this(settings, Emulator.builder().start());
    }

    private EmulatorOrg(OrgSettings settings, Emulator emulator) {
        this.emulator = emulator;
        int n = SEQUENCE.incrementAndGet();
        this.org = emulator.admin().createOrg("Acme " + n, settings);
        this.user = emulator.admin().createUser(org.id(), UserToCreate.of("ada" + n + "@acme.example", PASSWORD));
        this.app = emulator.admin().registerApp(NewConnectedApp.of("TaskSync", REDIRECT_URI));
    }

    public static EmulatorOrg start() {
        return new EmulatorOrg(OrgSettings.defaults().withSetAuditFields(true));
    }

    public static EmulatorOrg start(OrgSettings settings) {
        return new EmulatorOrg(settings);
    }

    /**
     * An org whose Task is selected for Change Data Capture, whose user has View All Data, and whose
     * emulator sends Pub/Sub keepalives every {@code keepalive}.
     */
    public static EmulatorOrg withChangeDataCapture(Duration keepalive) {
        EmulatorOrg org = new EmulatorOrg(OrgSettings.defaults(), Emulator.builder().pubSubKeepalive(keepalive).start());
        org.emulator.viewAllData().grant(org.user, true);
        org.emulator.changeDataCapture().updateSettings(org.org, s -> s.withSelectedEntities(java.util.Set.of("Task")));
        return org;
    }

    /** The emulator's Pub/Sub API, trusting its self-signed certificate. */
    public com.tasksync.salesforce.client.pubsub.PubSubEndpoint pubSubEndpoint() {
        return com.tasksync.salesforce.client.pubsub.PubSubEndpoint.parse(emulator.pubSub().endpoint())
                .trusting(emulator.pubSub().certificate().pem());
    }

    public OAuthClient oauth() {
        return new OAuthClient(oauthSettings(), HttpClient.newHttpClient(), Clock.systemUTC());
    }

    public OAuthSettings oauthSettings() {
        return new OAuthSettings(URI.create(emulator.baseUrl()), app.clientId(), app.clientSecret(),
                URI.create(REDIRECT_URI));
    }

    /** The password grant: an access token and no refresh token, as Salesforce answers it. */
    public TokenResponse login() {
        return oauth().password(user.username(), PASSWORD);
    }

    /** The web-server flow with PKCE, through the login and consent pages: tokens with a refresh token. */
    public TokenResponse authorize() {
        OAuthClient oauth = oauth();
        AuthorizationRequest request = oauth.startAuthorization("api refresh_token");
        Map<String, String> callback = new BrowserLogin(URI.create(emulator.baseUrl()))
                .authorize(request.url(), user.username(), PASSWORD);
        if (!request.state().equals(callback.get("state"))) {
            throw new AssertionError("the callback's state differs from the one sent: " + callback);
        }
        return oauth.exchangeCode(callback.get("code"), request.codeVerifier());
    }

    /** A connection from the code flow that renews through its refresh token. */
    public SalesforceConnection connect(TokenListener listener) {
        return new SalesforceConnection(ConnectionTokens.from(authorize()), TokenRenewal.byRefreshToken(oauth()),
                listener);
    }

    /** Another user of the org, with the given permissions and role; its password is {@link #PASSWORD}. */
    public User addUser(String name, UserChange access) {
        return emulator.admin().createUser(org.id(), UserToCreate.of(name + SEQUENCE.incrementAndGet() + "@acme.example", PASSWORD),
                access);
    }

    /**
     * A client for another user of the org, logged in through the password grant with the password
     * followed by the user's security token, as integrations log in from outside trusted networks.
     */
    public SalesforceClient clientOf(User other) {
        TokenResponse tokens = oauth().password(other.username(), PASSWORD + emulator.admin().securityToken(other.id()));
        return client(new SalesforceConnection(ConnectionTokens.from(tokens), TokenRenewal.byRefreshToken(oauth()),
                TokenListener.ignoring()), settings());
    }

    /** Ends every session of the org by moving the emulator's clock past the session timeout. */
    public void expireSessions() {
        emulator.clock().advance(org.settings().sessionTimeout().plusMinutes(1));
    }

    /** A client for the org's user, sending {@code client=tasksync}, retrying with recorded, near-zero waits. */
    public SalesforceClient client() {
        return client(connect(TokenListener.ignoring()), settings());
    }

    public SalesforceClient client(SalesforceConnection connection, ClientSettings settings) {
        return SalesforceClient.builder(connection).settings(settings).sleeper(sleeper)
                .random(new SplittableRandom(42)).build();
    }

    public ClientSettings settings() {
        return ClientSettings.defaults().withClientName(CLIENT_NAME).withRequestTimeout(Duration.ofSeconds(10));
    }

    public void inject(FaultSpec fault) {
        emulator.faults().add(fault);
    }

    public CallCounts calls() {
        return emulator.callCounts();
    }

    public RecordingSleeper sleeper() {
        return sleeper;
    }

    public Emulator emulator() {
        return emulator;
    }

    public Org org() {
        return org;
    }

    public User user() {
        return user;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
