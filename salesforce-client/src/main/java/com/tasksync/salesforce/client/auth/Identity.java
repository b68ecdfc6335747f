package com.tasksync.salesforce.client.auth;

import tools.jackson.databind.JsonNode;

/** Who a token belongs to, as the identity URL of its token response tells: the user, the org, the names. */
public record Identity(String userId, String organizationId, String username, String displayName, String email) {

    static Identity from(JsonNode json) {
        return new Identity(json.path("user_id").asString(null), json.path("organization_id").asString(null),
                json.path("username").asString(null), json.path("display_name").asString(null),
                json.path("email").asString(null));
    }
}
