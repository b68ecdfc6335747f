package com.tasksync.connection;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the connected user's username from the identity URL a token response names, so
 * Settings can say who is connected. Falls back to the user id when the call fails.
 */
class IdentityLookup {

    private static final Logger log = LoggerFactory.getLogger(IdentityLookup.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;

    IdentityLookup(HttpClient http) {
        this.http = http;
    }

    String username(URI identityUrl, String accessToken, String fallback) {
        try {
            var request = HttpRequest.newBuilder(identityUrl)
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(20))
                    .GET().build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                var username = JSON.readTree(response.body()).path("username").asString(null);
                if (username != null) {
                    return username;
                }
            }
            log.warn("Identity URL {} answered {}", identityUrl, response.statusCode());
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read the identity URL {}: {}", identityUrl, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fallback;
    }
}
