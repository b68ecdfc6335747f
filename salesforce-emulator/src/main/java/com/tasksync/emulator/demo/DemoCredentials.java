package com.tasksync.emulator.demo;

import java.util.List;

/**
 * Everything a client needs to reach the demo org: URLs, the rep's login, the connected app's keys,
 * and the login of the integration user, who has View All Data and so reads every rep's tasks.
 */
public record DemoCredentials(
        String baseUrl,
        String loginUrl,
        String orgId,
        String userId,
        String username,
        String password,
        String clientId,
        String clientSecret,
        List<String> redirectUris,
        Login integration) {

    /** A user's id, username and password. */
    public record Login(String userId, String username, String password) {
    }
}
