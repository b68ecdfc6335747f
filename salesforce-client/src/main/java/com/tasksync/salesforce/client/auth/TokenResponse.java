package com.tasksync.salesforce.client.auth;

import java.net.URI;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A token endpoint answer as Salesforce shapes it. There is no expiry in it: a session lasts as
 * long as the org's session timeout, and its end shows as a 401 {@code INVALID_SESSION_ID}.
 * {@code refreshToken} is null when the grant issues none (refresh, JWT bearer, client credentials,
 * no scope).
 */
public record TokenResponse(
        String accessToken,
        String refreshToken,
        URI instanceUrl,
        URI identityUrl,
        Instant issuedAt,
        String signature,
        String tokenType,
        String scope) {

    public static TokenResponse from(JsonNode json) {
        String issuedAt = json.path("issued_at").asString(null);
        return new TokenResponse(
                json.path("access_token").asString(null),
                json.path("refresh_token").asString(null),
                uri(json.path("instance_url").asString(null)),
                uri(json.path("id").asString(null)),
                issuedAt == null ? null : Instant.ofEpochMilli(Long.parseLong(issuedAt)),
                json.path("signature").asString(null),
                json.path("token_type").asString(null),
                json.path("scope").asString(null));
    }

    /** The org id, the second-to-last segment of the identity URL ({@code …/id/<orgId>/<userId>}). */
    public String orgId() {
        String[] segments = identitySegments();
        return segments[segments.length - 2];
    }

    public String userId() {
        String[] segments = identitySegments();
        return segments[segments.length - 1];
    }

    private String[] identitySegments() {
        if (identityUrl == null) {
            throw new IllegalStateException("the token response has no identity URL");
        }
        return identityUrl.getPath().split("/");
    }

    private static URI uri(String text) {
        return text == null ? null : URI.create(text);
    }

    @Override
    public String toString() {
        return "TokenResponse[instanceUrl=" + instanceUrl + ", identityUrl=" + identityUrl + ", issuedAt=" + issuedAt
                + ", scope=" + scope + "]";
    }
}
