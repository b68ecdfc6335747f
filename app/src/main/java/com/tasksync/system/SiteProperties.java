package com.tasksync.system;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the app is reached from outside.
 *
 * @param baseUrl the public base URL users open, such as {@code https://tasksync.example.com}
 *     ({@code TASKSYNC_BASE_URL}); links that leave the app, like the Salesforce callback, are built
 *     from it and never from a request's {@code Host} header
 */
@ConfigurationProperties("tasksync")
public record SiteProperties(URI baseUrl) {

    public SiteProperties {
        if (baseUrl != null && baseUrl.toString().isBlank()) {
            baseUrl = null;
        }
        if (baseUrl != null && (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))
                || baseUrl.getQuery() != null || baseUrl.getFragment() != null)) {
            throw new IllegalArgumentException(
                    "tasksync.base-url must be an http or https URL without query or fragment, such as"
                            + " https://tasksync.example.com; it is " + baseUrl);
        }
    }
}
