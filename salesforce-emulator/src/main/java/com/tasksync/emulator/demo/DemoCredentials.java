package com.tasksync.emulator.demo;

import java.util.List;

/** Everything a client needs to reach the demo org: URLs, the user's login and the connected app's keys. */
public record DemoCredentials(
        String baseUrl,
        String loginUrl,
        String orgId,
        String userId,
        String username,
        String password,
        String clientId,
        String clientSecret,
        List<String> redirectUris) {
}
