package com.tasksync.salesforce.client;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a client talks to Salesforce: the REST API version ({@code 66.0}), the client name sent
 * as {@code Sforce-Call-Options: client=<name>} on every call (null sends none), the timeout
 * of each HTTP exchange, and the retry policy.
 */
public record ClientSettings(String apiVersion, String clientName, Duration requestTimeout, RetryPolicy retryPolicy) {

    public static final String DEFAULT_API_VERSION = "66.0";
    private static final Pattern VERSION = Pattern.compile("\\d{2,3}\\.0");

    public ClientSettings {
        Objects.requireNonNull(apiVersion, "apiVersion");
        if (apiVersion.startsWith("v")) {
            apiVersion = apiVersion.substring(1);
        }
        if (!VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("apiVersion must look like 66.0, was " + apiVersion);
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    public static ClientSettings defaults() {
        return new ClientSettings(DEFAULT_API_VERSION, null, Duration.ofSeconds(60), RetryPolicy.defaults());
    }

    public ClientSettings withApiVersion(String version) {
        return new ClientSettings(version, clientName, requestTimeout, retryPolicy);
    }

    public ClientSettings withClientName(String name) {
        return new ClientSettings(apiVersion, name, requestTimeout, retryPolicy);
    }

    public ClientSettings withRequestTimeout(Duration timeout) {
        return new ClientSettings(apiVersion, clientName, timeout, retryPolicy);
    }

    public ClientSettings withRetryPolicy(RetryPolicy policy) {
        return new ClientSettings(apiVersion, clientName, requestTimeout, policy);
    }

    String dataPath() {
        return "/services/data/v" + apiVersion;
    }
}
