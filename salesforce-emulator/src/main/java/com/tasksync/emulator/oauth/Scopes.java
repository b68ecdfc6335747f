package com.tasksync.emulator.oauth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The OAuth scopes a token carries: what the client asked for among those Salesforce knows, else the app's default. */
final class Scopes {

    static final String DEFAULT = "refresh_token web api id";
    private static final Set<String> KNOWN = Set.of("api", "web", "full", "id", "openid", "profile", "email", "address",
            "phone", "refresh_token", "offline_access", "chatter_api", "visualforce", "custom_permissions", "lightning",
            "content", "cdp_api", "wave_api", "eclair_api", "pardot_api");

    private Scopes() {
    }

    static String granted(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT;
        }
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(requested.trim().split("[\\s+]+")).filter(KNOWN::contains).forEach(out::add);
        return out.isEmpty() ? DEFAULT : String.join(" ", out);
    }

    static boolean allowsRefresh(String scope) {
        Set<String> set = Set.of(scope.split(" "));
        return set.contains("refresh_token") || set.contains("offline_access") || set.contains("full");
    }
}
