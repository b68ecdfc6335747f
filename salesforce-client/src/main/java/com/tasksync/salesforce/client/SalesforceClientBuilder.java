package com.tasksync.salesforce.client;

import com.tasksync.salesforce.client.auth.SalesforceConnection;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Assembles a {@link SalesforceClient}; everything but the connection has a default. */
public final class SalesforceClientBuilder {

    private final SalesforceConnection connection;
    private ClientSettings settings = ClientSettings.defaults();
    private Integer defaultBatchSize;
    private HttpClient http;
    private Sleeper sleeper = Sleeper.threadSleep();
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new SecureRandom();
    private CallListener listener = CallListener.none();

    SalesforceClientBuilder(SalesforceConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    public SalesforceClientBuilder settings(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /** The page size asked for by queries that name none; null leaves it to Salesforce (2,000). */
    public SalesforceClientBuilder defaultBatchSize(Integer batchSize) {
        this.defaultBatchSize = batchSize;
        return this;
    }

    public SalesforceClientBuilder httpClient(HttpClient http) {
        this.http = http;
        return this;
    }

    public SalesforceClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    public SalesforceClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public SalesforceClientBuilder random(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /** Hears of every request the client sends, for counting API use. */
    public SalesforceClientBuilder listener(CallListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    public SalesforceClient build() {
        HttpClient client = http != null ? http
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JsonMapper json = JsonMapper.builder().build();
        ClientRuntime runtime = new ClientRuntime(client, sleeper, clock, random, listener);
        return new SalesforceClient(new RestTransport(connection, settings, runtime, json), json, defaultBatchSize);
    }
}
